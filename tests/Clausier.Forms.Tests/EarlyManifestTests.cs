using System.Text;
using Clausier.Forms.Package;
using Clausier.Forms.Reading;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>
/// The manifest read on another core while the main document is parsed gives what reading it afterwards
/// on the reading thread gives: the same manifest, problems, refusals and total of inflated bytes,
/// whether the early read ran or not.
/// </summary>
public class EarlyManifestTests
{
    [Fact]
    public void An_early_read_gives_what_a_read_afterwards_gives()
    {
        var docx = Filling.FilledAnnex().Save();

        Assert.Equal(Sequential(docx, ReaderLimits.Default), Early(docx, ReaderLimits.Default, started: true));
        Assert.Equal(Sequential(docx, ReaderLimits.Default), Early(docx, ReaderLimits.Default, started: false));
        Assert.StartsWith("manifest INFO 26-014", Sequential(docx, ReaderLimits.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void Ignored_and_unreadable_manifest_parts_are_reported_alike()
    {
        var package = Filling.FilledAnnex();
        package.Set("customXml/item0.xml", Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>"));
        package.Set("docProps/custom.xml", Encoding.UTF8.GetBytes("<Properties><unclosed></Properties>"));
        var docx = package.Save();

        var sequential = Sequential(docx, ReaderLimits.Default);

        Assert.Equal(sequential, Early(docx, ReaderLimits.Default, started: true));
        Assert.Contains(ProblemCodes.PartIgnored, sequential, StringComparison.Ordinal);
    }

    [Fact]
    public void The_total_inflated_cap_refuses_at_the_same_point_whichever_thread_read_the_manifest()
    {
        var docx = Filling.FilledAnnex().Save();
        using var whole = SafePackage.Open(docx, ReaderLimits.Default);
        var beforeDocument = whole.Inflated;
        whole.Read(DocxPackage.DocumentPart).Dispose();
        var beforeManifest = whole.Inflated;
        ManifestReader.Read(whole, new ReadState("annexe.docx", ReaderOptions.Default));
        var total = whole.Inflated;

        foreach (var cap in new[] { beforeDocument + 1, beforeManifest - 1, beforeManifest + 1, (beforeManifest + total) / 2, total - 1, total })
        {
            var limits = ReaderLimits.Default with { MaxInflatedBytes = cap };
            Assert.Equal(Sequential(docx, limits), Early(docx, limits, started: true));
        }

        Assert.StartsWith("refused", Sequential(docx, ReaderLimits.Default with { MaxInflatedBytes = total - 1 }), StringComparison.Ordinal);
        Assert.StartsWith("manifest", Sequential(docx, ReaderLimits.Default with { MaxInflatedBytes = total }), StringComparison.Ordinal);
    }

    /// <summary>The main document inflated, then the manifest read on the same thread, as a single reader does.</summary>
    private static string Sequential(byte[] docx, ReaderLimits limits) => Outcome(docx, limits, (package, state) =>
    {
        package.Read(DocxPackage.DocumentPart).Dispose();
        return ManifestReader.Read(package, state);
    });

    /// <summary>The manifest read early (on another thread, or not at all), the main document inflated meanwhile, then taken.</summary>
    private static string Early(byte[] docx, ReaderLimits limits, bool started) => Outcome(docx, limits, (package, state) =>
    {
        var early = EarlyManifest.Create(package, state);
        if (started)
        {
            var thread = new Thread(early.Read);
            thread.Start();
            thread.Join();
        }

        package.Read(DocxPackage.DocumentPart).Dispose();
        return early.Take(state);
    });

    private static string Outcome(byte[] docx, ReaderLimits limits, Func<SafePackage, ReadState, ManifestInfo> read)
    {
        using var package = SafePackage.Open(docx, limits);
        var state = new ReadState("annexe.docx", ReaderOptions.Default);
        try
        {
            var manifest = read(package, state);
            var problems = state.Problems.Select(p => $"{p.Code} {p.Location} {p.Message} | {p.MessageFr}");
            return $"manifest {manifest.Document?.TenderReference} {manifest.Points.Count} points, {package.Inflated} bytes\n{string.Join('\n', problems)}";
        }
        catch (RefusedException ex)
        {
            return $"refused {ex.Code} {ex.Message} | {ex.MessageFr}";
        }
    }
}
