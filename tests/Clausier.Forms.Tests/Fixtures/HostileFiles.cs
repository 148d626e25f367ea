using System.IO.Compression;
using System.Text;
using Clausier.Core.Forms;
using Clausier.Zip;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>Hostile and broken files, built in memory by the tests (no binary fixture is committed).</summary>
public static class HostileFiles
{
    /// <summary>A package whose main document inflates <paramref name="megabytes"/> MB of one repeated byte.</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        var block = new byte[1024 * 1024];
        Array.Fill(block, (byte)' ');
        var document = CompressedPart.Of(
            output =>
            {
                for (var i = 0; i < megabytes; i++)
                {
                    output.Write(block);
                }
            },
            CompressionLevel.SmallestSize);
        return DeterministicZipWriter.Write(ZipEntries.Time, zip =>
        {
            foreach (var (name, data) in ZipEntries.Read(AnnexBuilder.Build()).Where(e => e.Name != DocxPackage.DocumentPart))
            {
                zip.Add(name, data, CompressionLevel.Optimal);
            }

            zip.Add(DocxPackage.DocumentPart, document);
        });
    }

    /// <summary>A zip bomb whose directory claims the main document inflates to 100 bytes.</summary>
    public static byte[] LyingZipBomb(int megabytes)
    {
        var data = ZipBomb(megabytes);
        PatchSizes(data, DocxPackage.DocumentPart, 100);
        return data;
    }

    /// <summary>The filled annex with its main document replaced.</summary>
    public static byte[] WithDocumentXml(string xml)
    {
        var package = Filling.FilledAnnex();
        var bytes = Encoding.UTF8.GetBytes(xml);
        var result = package.Save();
        var edited = DocxPackage.Load(result);
        edited.Set(DocxPackage.DocumentPart, bytes);
        return edited.Save();
    }

    public const string Doctype = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
        """;

    public const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
        """;

    /// <summary>The filled annex with a VBA project and the macro-enabled main content type, still named .docx.</summary>
    public static byte[] MacroEnabled()
    {
        var package = Filling.FilledAnnex();
        package.Set("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3]);
        var types = package.Xml("[Content_Types].xml");
        foreach (var element in types.Root!.Elements().Where(e => (string?)e.Attribute("PartName") == "/word/document.xml"))
        {
            element.SetAttributeValue("ContentType", "application/vnd.ms-word.document.macroEnabled.main+xml");
        }

        package.SetXml("[Content_Types].xml", types);
        return package.Save();
    }

    /// <summary>The filled annex plus one extra entry with the given name.</summary>
    public static byte[] WithEntry(string name, byte[]? content = null)
    {
        var entries = ZipEntries.Read(Filling.FilledAnnex().Save());
        entries.Add((name, content ?? Encoding.UTF8.GetBytes("pwned")));
        return ZipEntries.Write(entries);
    }

    public static byte[] WithManyEntries(int count)
    {
        var entries = ZipEntries.Read(AnnexBuilder.Build());
        entries.AddRange(Enumerable.Range(0, count).Select(i => ($"word/media/padding{i}.txt", Array.Empty<byte>())));
        return ZipEntries.Write(entries);
    }

    /// <summary>The filled annex with its main document's compressed bytes scrambled.</summary>
    public static byte[] CorruptDeflate()
    {
        var data = Filling.FilledAnnex().Save();
        var (offset, length) = FindLocalData(data, DocxPackage.DocumentPart);
        for (var i = offset + 16; i < offset + length - 16; i += 7)
        {
            data[i] ^= 0x5A;
        }

        return data;
    }

    /// <summary>A package whose main document nests <paramref name="depth"/> elements.</summary>
    public static byte[] DeepXml(int depth)
    {
        var xml = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        xml.Insert(xml.Length, "<w:sdt><w:sdtContent>", depth);
        xml.Insert(xml.Length, "</w:sdtContent></w:sdt>", depth);
        xml.Append("</w:body></w:document>");
        return WithDocumentXml(xml.ToString());
    }

    /// <summary>A filled annex whose answer to O-1.1 holds characters XML forbids, raw and as character references.</summary>
    public static byte[] InvalidCharacters()
    {
        var xml = Encoding.UTF8.GetString(Filling.FilledAnnex().Save() is var docx ? ReadEntry(docx, DocxPackage.DocumentPart) : []);
        var answer = Filling.Complete["O-1.1"].Answer!;
        xml = xml.Replace(answer, "Mme Martin,\u0001 RSSI, joignable&#x1B; au 01 23 45 67 89.", StringComparison.Ordinal);
        var package = DocxPackage.Load(docx);
        package.Set(DocxPackage.DocumentPart, Encoding.UTF8.GetBytes(xml));
        return package.Save();
    }

    public static byte[] ZipWith(params (string Name, string Content)[] entries)
    {
        return ZipEntries.Write(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))));
    }

    public static byte[] ReadEntry(byte[] zipData, string name) => ZipEntries.Read(zipData).First(e => e.Name == name).Data;

    /// <summary>Overwrites the uncompressed size an entry declares, in its local header and the central directory.</summary>
    private static void PatchSizes(byte[] data, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i < data.Length - 46; i++)
        {
            if (data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 1 && data[i + 3] == 2
                && NameAt(data, i + 46, BitConverter.ToUInt16(data, i + 28), nameBytes))
            {
                BitConverter.GetBytes(size).CopyTo(data, i + 24);
            }
            else if (data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 3 && data[i + 3] == 4
                && NameAt(data, i + 30, BitConverter.ToUInt16(data, i + 26), nameBytes))
            {
                BitConverter.GetBytes(size).CopyTo(data, i + 22);
            }
        }
    }

    private static (int Offset, int Length) FindLocalData(byte[] data, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i < data.Length - 30; i++)
        {
            if (data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 3 && data[i + 3] == 4
                && NameAt(data, i + 30, BitConverter.ToUInt16(data, i + 26), nameBytes))
            {
                var start = i + 30 + BitConverter.ToUInt16(data, i + 26) + BitConverter.ToUInt16(data, i + 28);
                return (start, (int)BitConverter.ToUInt32(data, i + 18));
            }
        }

        throw new InvalidOperationException($"entry {name} not found");
    }

    private static bool NameAt(byte[] data, int offset, int length, byte[] name) =>
        length == name.Length && offset + length <= data.Length && data.AsSpan(offset, length).SequenceEqual(name);

    public static string Tag(string pointId, FormField field) => FormContract.PointTag(pointId, field);
}
