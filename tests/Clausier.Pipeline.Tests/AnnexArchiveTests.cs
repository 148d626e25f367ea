using System.IO.Compression;
using Clausier.Core.Tenders;
using Clausier.Testing;

namespace Clausier.Pipeline.Tests;

public sealed class AnnexArchiveTests : IDisposable
{
    private readonly BatchFixture _fixture = new();

    [Fact]
    public void Holds_one_valid_annex_per_lot_in_lot_order()
    {
        var tender = TenderReader.ReadFile(Path.Combine(BuiltIn.ExamplesFolder, "tender-multilot.yml")).Value!;
        var annexes = _fixture.Generator.GenerateAll(tender);

        var bytes = AnnexArchive.Create(tender, annexes, Timestamps.Default);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["2026T0412-lot1-biomedical.docx", "2026T0412-lot2-hosting.docx", "2026T0412-lot3-services.docx"], zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            entry.Open().CopyTo(content);
            DocxAssert.Valid(content.ToArray());
        }
    }

    [Fact]
    public void Same_annexes_give_the_same_bytes()
    {
        var tender = TenderReader.ReadFile(Path.Combine(BuiltIn.ExamplesFolder, "tender-multilot.yml")).Value!;
        var annexes = _fixture.Generator.GenerateAll(tender);

        Assert.Equal(AnnexArchive.Create(tender, annexes, Timestamps.Default), AnnexArchive.Create(tender, annexes, Timestamps.Default));
    }

    public void Dispose() => _fixture.Dispose();
}
