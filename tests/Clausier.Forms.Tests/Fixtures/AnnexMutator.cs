using System.IO.Compression;
using System.Text;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>
/// Seeded mutations of a DOCX for the standing fuzz test: zip bytes, XML text of any part, the manifest,
/// the relationships, and combinations. The same seed gives the same file, so a failure names its case.
/// </summary>
public sealed class AnnexMutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Fragments =
    [
        "<w:p>", "</w:p>", "<w:sdt>", "</w:sdtContent>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "\u0001", "\uFFFF",
        "<w:tag w:val=\"clausier:O-1.1:status\"/>", "<w:t>Oui</w:t>", "<w:tbl>", "xmlns:w=\"urn:x\"", "\"", "<", "&amp;", "]]>",
        "<w:ins w:id=\"9\">", "<w:commentRangeStart w:id=\"1\"/>", "TargetMode=\"External\"", "Target=\"../../../etc/passwd\"",
    ];

    public byte[] Mutate(byte[] docx)
    {
        var steps = 1 + _random.Next(3);
        var data = docx;
        for (var i = 0; i < steps; i++)
        {
            data = _random.Next(5) switch
            {
                0 => Bytes(data),
                1 => Part(data, name => name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal)),
                2 => Part(data, name => name.StartsWith("customXml/", StringComparison.Ordinal) || name.Contains("custom.xml", StringComparison.Ordinal)),
                3 => Part(data, name => name.EndsWith(".rels", StringComparison.Ordinal) || name == "[Content_Types].xml"),
                _ => Entries(data),
            };
        }

        return data;
    }

    /// <summary>Flips bits, truncates, zeroes or repeats a range of the zip itself.</summary>
    private byte[] Bytes(byte[] data)
    {
        var copy = (byte[])data.Clone();
        switch (_random.Next(4))
        {
            case 0:
                for (var i = 0; i < 1 + _random.Next(8); i++)
                {
                    copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
                }

                return copy;
            case 1:
                return copy[..(_random.Next(copy.Length))];
            case 2:
                var start = _random.Next(copy.Length);
                Array.Clear(copy, start, Math.Min(copy.Length - start, _random.Next(64)));
                return copy;
            default:
                var from = _random.Next(copy.Length);
                var length = Math.Min(copy.Length - from, _random.Next(256));
                return [.. copy[..from], .. copy[from..(from + length)], .. copy[from..]];
        }
    }

    /// <summary>Edits the text of one part chosen by <paramref name="which"/>: cut, repeat, insert a fragment, nest deep.</summary>
    private byte[] Part(byte[] data, Func<string, bool> which)
    {
        var entries = Read(data);
        if (entries is null)
        {
            return Bytes(data);
        }

        var candidates = entries.Where(e => which(e.Name)).ToList();
        if (candidates.Count == 0)
        {
            return Bytes(data);
        }

        var (name, content) = candidates[_random.Next(candidates.Count)];
        var text = Encoding.UTF8.GetString(content);
        var at = text.Length == 0 ? 0 : _random.Next(text.Length);
        var span = Math.Min(text.Length - at, _random.Next(200));
        text = _random.Next(5) switch
        {
            0 => text.Remove(at, span),
            1 => text.Insert(at, text.Substring(at, span)),
            2 => text.Insert(at, Fragments[_random.Next(Fragments.Length)]),
            3 => text.Insert(at, string.Concat(Enumerable.Repeat("<w:p>", 1 + _random.Next(2000)))),
            _ => text.Replace("clausier:", _random.Next(2) == 0 ? "" : "clausier:X", StringComparison.Ordinal),
        };
        var index = entries.FindIndex(e => e.Name == name);
        entries[index] = (name, Encoding.UTF8.GetBytes(text));
        return Write(entries);
    }

    /// <summary>Drops, duplicates or renames an entry of the package.</summary>
    private byte[] Entries(byte[] data)
    {
        var entries = Read(data);
        if (entries is null || entries.Count == 0)
        {
            return Bytes(data);
        }

        var index = _random.Next(entries.Count);
        switch (_random.Next(3))
        {
            case 0:
                entries.RemoveAt(index);
                break;
            case 1:
                entries.Add(entries[index]);
                break;
            default:
                entries[index] = (_random.Next(2) == 0 ? "../" + entries[index].Name : entries[index].Name.ToUpperInvariant(), entries[index].Data);
                break;
        }

        return Write(entries);
    }

    private static List<(string Name, byte[] Data)>? Read(byte[] data)
    {
        try
        {
            return ZipEntries.Read(data);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static byte[] Write(List<(string Name, byte[] Data)> entries) => ZipEntries.Write(entries, CompressionLevel.Fastest);
}
