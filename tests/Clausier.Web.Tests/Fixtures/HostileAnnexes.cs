using System.IO.Compression;
using System.Text;

namespace Clausier.Web.Tests.Fixtures;

/// <summary>Hostile returned annexes, built in memory from a real generated annex (no binary fixture committed).</summary>
public static class HostileAnnexes
{
    private const string DocumentPart = "word/document.xml";

    /// <summary>The main document replaced by <paramref name="megabytes"/> MB of spaces: a few hundred KB on the wire.</summary>
    public static byte[] ZipBomb(int megabytes) => Rewrite(Annexes.Filled(), (name, source, zip) =>
    {
        if (name != DocumentPart)
        {
            return false;
        }

        using var output = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        var block = new byte[1024 * 1024];
        Array.Fill(block, (byte)' ');
        for (var i = 0; i < megabytes; i++)
        {
            output.Write(block);
        }

        return true;
    });

    public static byte[] ExternalEntity() => Replace(DocumentPart, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
        """);

    /// <summary>A VBA project and the macro-enabled content type, still named .docx.</summary>
    public static byte[] MacroEnabled()
    {
        var withMacro = WithEntry("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3]);
        return Rewrite(withMacro, (name, source, zip) =>
        {
            if (name != "[Content_Types].xml")
            {
                return false;
            }

            var types = Read(source).Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal);
            Write(zip, name, types);
            return true;
        });
    }

    /// <summary>The filled annex plus one entry whose name climbs out of any extraction folder.</summary>
    public static byte[] WithEntry(string name, byte[]? content = null) => Rewrite(Annexes.Filled(), (_, _, _) => false,
        zip =>
        {
            using var output = zip.CreateEntry(name).Open();
            output.Write(content ?? Encoding.UTF8.GetBytes("pwned"));
        });

    private static byte[] Replace(string part, string xml) => Rewrite(Annexes.Filled(), (name, _, zip) =>
    {
        if (name != part)
        {
            return false;
        }

        Write(zip, name, xml);
        return true;
    });

    /// <summary>Copies every entry, letting <paramref name="replace"/> write an entry itself (returning true), then appends.</summary>
    private static byte[] Rewrite(byte[] docx, Func<string, ZipArchiveEntry, ZipArchive, bool> replace, Action<ZipArchive>? append = null)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                if (!replace(entry.FullName, entry, zip))
                {
                    using var target = zip.CreateEntry(entry.FullName).Open();
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }

            append?.Invoke(zip);
        }

        return stream.ToArray();
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var output = zip.CreateEntry(name).Open();
        output.Write(Encoding.UTF8.GetBytes(text));
    }
}
