using System.Globalization;
using System.Text;
using Clausier.Core.Forms;

namespace Clausier.Forms.Output;

/// <summary>
/// One row per point (RFC 4180 framing: CRLF between records, fields quoted when needed, quotes
/// doubled), separated by semicolons and in UTF-8 with a byte order mark: what Excel set to French
/// opens as columns with the accents right (with commas it puts each record in one cell).
/// </summary>
/// <remarks>
/// A field starting with <c>= + - @</c>, a tab or a carriage return is prefixed with an apostrophe:
/// spreadsheet programs would otherwise run a candidate's text as a formula (CSV injection). The JSON
/// and XLSX outputs carry the text unchanged.
/// </remarks>
public static class ParseCsvWriter
{
    /// <summary>The field separator: Excel in a French locale reads ";" and takes "," as a decimal mark.</summary>
    public const char Separator = ';';

    private static readonly string[] Header =
        ["file", "point", "title", "status", "answer", "evidence", "date", "source", "problems"];

    public static void Write(ParseRun run, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        WriteRecord(writer, Header);
        foreach (var file in run.Files)
        {
            if (!file.Readable)
            {
                WriteRecord(writer, [file.File, "", "", "", "", "", "", "", Problems(file.Problems)]);
                continue;
            }

            var general = file.Problems.Where(p => p.PointId is null).ToList();
            if (general.Count > 0)
            {
                WriteRecord(writer, [file.File, "", "", "", "", "", "", "", Problems(general)]);
            }

            foreach (var answer in file.Answers)
            {
                WriteRecord(writer,
                [
                    file.File,
                    answer.PointId,
                    answer.Title ?? "",
                    answer.Status is { } s ? FormContract.StatusCode(s) : "",
                    answer.Answer ?? "",
                    answer.Evidence ?? "",
                    answer.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    ParseLabels.Code(answer.Source),
                    Problems(file.Problems.Where(p => p.PointId == answer.PointId)),
                ]);
            }
        }
    }

    private static string Problems(IEnumerable<Problem> problems) => string.Join("\n", problems.Select(ParseLabels.ProblemLine));

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(Separator);
            }

            writer.Write(Quote(Defuse(fields[i])));
        }

        writer.Write("\r\n");
    }

    internal static string Defuse(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";,\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
