using System.Text;
using Clausier.Testing;

namespace Clausier.Pipeline.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> LongNamesWithEmojiAtTheCut => new()
    {
        // 63 characters, then an emoji whose surrogate pair straddles the 64th character.
        { new string('a', 63) + "\U0001F600" + "-annexe.docx", new string('a', 63) },

        // A family: four people joined by zero-width joiners, one text element of eleven UTF-16 units.
        { new string('b', 60) + "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466" + "-annexe.docx", new string('b', 60) },

        // Short enough: kept whole, emoji included.
        { "\U0001F600-annexe.docx", "\U0001F600-annexe.docx" },
    };

    [Theory]
    [MemberData(nameof(LongNamesWithEmojiAtTheCut))]
    public void The_temporary_name_of_a_long_name_is_cut_between_characters(string name, string expectedStem)
    {
        var path = _temp.File(name);
        string? temporary = null;

        AtomicFile.Write(path, stream =>
        {
            temporary = Path.GetFileName(Directory.EnumerateFiles(_temp.Path).Single());
            stream.Write("contenu"u8);
        });

        Assert.NotNull(temporary);
        Assert.DoesNotContain('\uFFFD', temporary);
        Assert.True(IsWellFormed(temporary), temporary);
        Assert.StartsWith("." + expectedStem + ".", temporary, StringComparison.Ordinal);
        Assert.Equal("contenu", File.ReadAllText(path, Encoding.UTF8));
        Assert.Equal([name], Directory.EnumerateFiles(_temp.Path).Select(Path.GetFileName));
    }

    /// <summary>No unpaired surrogate: a strict encoder refuses one.</summary>
    private static bool IsWellFormed(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
