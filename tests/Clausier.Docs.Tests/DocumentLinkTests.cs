using Clausier.Docs.Tests.Markdown;

namespace Clausier.Docs.Tests;

/// <summary>Links of the README, the diagnostics page and the guide lead somewhere, and the guide's images stay small.</summary>
public class DocumentLinkTests
{
    private const long MaxImageBytes = 150 * 1024;

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepositoryPaths.CommandDocuments.Append(RepositoryPaths.Diagnostics))
        {
            data.Add(RepositoryPaths.Relative(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Relative_links_and_anchors_resolve(string document)
    {
        var file = MarkdownFile.Read(Path.Combine(RepositoryPaths.Root, document));
        var broken = new List<string>();
        foreach (var (line, target) in file.Links())
        {
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var pathPart = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
            var linked = pathPart.Length == 0 ? file.Path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file.Path)!, Uri.UnescapeDataString(pathPart)));
            if (!File.Exists(linked) && !Directory.Exists(linked))
            {
                broken.Add($"{document}:{line}: {target}: no such file");
            }
            else if (anchor is not null && linked.EndsWith(".md", StringComparison.Ordinal) && !MarkdownFile.Read(linked).Anchors.Contains(anchor))
            {
                broken.Add($"{document}:{line}: {target}: no heading with that anchor in {RepositoryPaths.Relative(linked)}");
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    /// <summary>A user has the repository, not the folder of reference data laid beside the development checkout.</summary>
    [Fact]
    public void No_document_sends_users_to_the_shared_folder_beside_the_checkout()
    {
        var documents = Directory.EnumerateFiles(RepositoryPaths.Docs, "*.md", SearchOption.AllDirectories).Append(RepositoryPaths.Readme);

        var mentions = documents
            .SelectMany(d => File.ReadLines(d).Select((text, i) => (Document: d, Line: i + 1, Text: text)))
            .Where(l => l.Text.Contains("../shared", StringComparison.Ordinal) || l.Text.Contains("..\\shared", StringComparison.Ordinal))
            .Select(l => $"{RepositoryPaths.Relative(l.Document)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(mentions.Count == 0, string.Join('\n', mentions));
    }

    [Fact]
    public void Guide_images_exist_and_are_under_150_KB()
    {
        var images = Directory.EnumerateFiles(RepositoryPaths.Guide, "*.md")
            .Select(MarkdownFile.Read)
            .SelectMany(f => f.Links().Where(l => l.Target.EndsWith(".png", StringComparison.Ordinal)).Select(l => Path.Combine(RepositoryPaths.Guide, l.Target)))
            .ToList();

        Assert.NotEmpty(images);
        foreach (var image in images)
        {
            Assert.True(File.Exists(image), $"{RepositoryPaths.Relative(image)} is missing: run scripts/build-doc-images.sh");
            Assert.True(new FileInfo(image).Length < MaxImageBytes, $"{RepositoryPaths.Relative(image)} is {new FileInfo(image).Length} bytes, over 150 KB");
        }
    }
}
