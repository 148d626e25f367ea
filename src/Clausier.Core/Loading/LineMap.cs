using Clausier.Core.Diagnostics;

namespace Clausier.Core.Loading;

/// <summary>Turns character offsets of one text into zero-based line/column locations.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string file, string text)
    {
        File = file;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string File { get; }

    public TextLocation At(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextLocation(File, line, offset - _lineStarts[line]);
    }
}
