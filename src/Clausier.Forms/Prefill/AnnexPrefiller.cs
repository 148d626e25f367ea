using System.Text;
using System.Xml;
using System.Xml.Linq;
using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms.Library;
using Clausier.Forms.Package;

namespace Clausier.Forms.Prefill;

/// <summary>
/// Fills a buyer's blank annex from a candidate's previous answers (docs/prefill.md). The annex is a
/// candidate's download from a tender platform and is treated like any returned annex: read first by
/// <see cref="AnnexReader"/> (refused when hostile or broken), then opened through the same checked
/// package. Only the answer controls, the comments part, its relationship and its content type change;
/// every other part is copied as inflated, and the result is read back to prove it holds what was written.
/// One annex, one thread.
/// </summary>
public sealed class AnnexPrefiller
{
    private const string CommentsRelationshipType = "/comments";

    private readonly AnnexReader _reader;

    public AnnexPrefiller()
        : this(new AnnexReader())
    {
    }

    public AnnexPrefiller(AnnexReader reader) => _reader = reader;

    /// <param name="blank">The buyer's annex.</param>
    /// <param name="name">Its file name, for messages.</param>
    /// <param name="entries">The product's previous answers (<see cref="AnswerLibrary.For"/>), in any order.</param>
    /// <param name="timestamp">Time written on the zip entries (SOURCE_DATE_EPOCH), so the same inputs give the same bytes.</param>
    public PrefillResult Prefill(byte[] blank, string name, IReadOnlyList<LibraryEntry> entries, DateTimeOffset timestamp)
    {
        var parsed = _reader.Read(new MemoryStream(blank, writable: false), name);
        if (!parsed.Readable)
        {
            var reason = parsed.Problems.FirstOrDefault(p => p.IsError);
            return PrefillResult.Unusable(name, [Unusable(name, "CLZ7010.unreadable", reason?.Text ?? MessageCatalogue.Format("CLZ7002.unreadable"))]);
        }

        if (parsed.Manifest is null)
        {
            return PrefillResult.Unusable(name, [Unusable(name, "CLZ7010.no-manifest")]);
        }

        try
        {
            using var package = SafePackage.Open(blank, _reader.Options.Limits);
            return Fill(package, parsed, name, [.. entries.Order(LibraryEntry.NewestFirst)], timestamp);
        }
        catch (RefusedException ex)
        {
            return PrefillResult.Unusable(name, [Unusable(name, "CLZ7010.unreadable", ex.Reason)]);
        }
        catch (XmlException ex)
        {
            return PrefillResult.Unusable(name, [Unusable(name, "CLZ7010.xml", ex.LineNumber, ex.Message)]);
        }
    }

    private PrefillResult Fill(SafePackage package, ParsedAnnex parsed, string name, IReadOnlyList<LibraryEntry> entries, DateTimeOffset timestamp)
    {
        var mainPart = package.MainDocumentPart();
        var document = Load(package, mainPart);
        var w = document.Root!.Name.Namespace;
        var controls = new AnswerControls(document);
        var writer = new ControlWriter(w);
        var commentsRelationship = package.Relationships(mainPart).FirstOrDefault(r => r.Type.EndsWith(CommentsRelationshipType, StringComparison.Ordinal) && !r.External);
        var comments = new ReviewComments(w, commentsRelationship?.TargetPart is { } existing && package.Exists(existing) ? Load(package, existing) : null);
        IReadOnlyDictionary<string, string>? clauses = null;

        var points = new List<PrefillPoint>();
        var problems = new List<Problem>();
        foreach (var point in parsed.Manifest!.Points)
        {
            var choice = AnswerChoice.For(point.Id, point.ClauseSha256 is { Length: > 0 } sha ? sha : null, entries);
            if (choice is null)
            {
                points.Add(new PrefillPoint(point.Id, point.Title, PrefillOutcome.Missing, null, null, null, null, [], []));
                problems.Add(Problem.Of(DiagnosticSeverity.Info, "CLZ7014", point.Id, new FileLocation(name)));
                continue;
            }

            var previous = parsed.Find(point.Id);
            var (written, notFilled) = Write(controls, writer, point, choice.Answer, previous);
            string? change = null;
            if (!choice.SameClause)
            {
                clauses ??= _reader.ReadClauseTexts(package);
                change = choice.Answer.ClauseSha256 is null
                    ? ClauseChange.Unknown
                    : ClauseChange.Describe(choice.Answer.Clause, clauses.TryGetValue(point.Id, out var text) ? text : "");
                var anchor = controls.Find(point.Id, FormField.Answer) ?? controls.Find(point.Id, FormField.Status);
                if (anchor is not null)
                {
                    comments.Add(writer.Content(anchor), CommentText(choice, change));
                }

                problems.Add(Problem.Of(DiagnosticSeverity.Warning, choice.Answer.ClauseSha256 is null ? "CLZ7016" : "CLZ7011", point.Id, new FileLocation(name),
                    choice.Entry.Source, choice.Entry.Date, change));
            }

            if (choice.Conflicting.Count > 0)
            {
                var others = MessageText.Join(", ", choice.Conflicting.Select(e => MessageCatalogue.Format("CLZ7012.other", e.Source, e.Date)));
                problems.Add(Problem.Of(DiagnosticSeverity.Warning, "CLZ7012", point.Id, new FileLocation(name), choice.Entry.Source, choice.Entry.Date, others));
            }

            foreach (var (field, reason) in notFilled)
            {
                problems.Add(Problem.Of(DiagnosticSeverity.Warning, "CLZ7013", point.Id, new FileLocation(name),
                    new MessageText(FormContract.FieldName(field), FormContract.Label(field)), reason));
            }

            points.Add(new PrefillPoint(point.Id, point.Title, choice.SameClause ? PrefillOutcome.Filled : PrefillOutcome.Review, written,
                choice.Entry.Source, choice.Entry.Date, change, [.. choice.Conflicting.Select(e => e.Source)], [.. notFilled.Select(n => n.Reason.French)]));
        }

        var docx = PrefilledPackage.Write(package, mainPart, Save(document), comments.Count > 0 ? comments : null, commentsRelationship?.TargetPart, timestamp);
        var mismatch = ReadBack(docx, name, points);
        return mismatch is null
            ? new PrefillResult(name, docx, points, problems)
            : PrefillResult.Unusable(name, [mismatch]);
    }

    /// <summary>Writes each field of <paramref name="answer"/> the annex asks for and left empty; returns what was written and what could not be.</summary>
    private static (LibraryAnswer Written, List<(FormField Field, MessageText Reason)> NotFilled) Write(
        AnswerControls controls, ControlWriter writer, ManifestPoint point, LibraryAnswer answer, PointAnswer? already)
    {
        var notFilled = new List<(FormField, MessageText)>();
        AnswerStatus? status = null;
        string? text = null;
        string? evidence = null;
        DateOnly? date = null;

        if (answer.Status is { } s && Control(FormField.Status, already?.Status is not null) is { } statusControl)
        {
            var item = FormContract.StatusText(s);
            if (writer.Items(statusControl).Contains(item, StringComparer.Ordinal))
            {
                writer.Text(statusControl, item);
                status = s;
            }
            else
            {
                notFilled.Add((FormField.Status, MessageCatalogue.Format("CLZ7013.not-offered", item)));
            }
        }

        if (!string.IsNullOrWhiteSpace(answer.Answer) && Control(FormField.Answer, already?.Answer is not null) is { } answerControl)
        {
            writer.Text(answerControl, answer.Answer);
            text = answer.Answer;
        }

        if (!string.IsNullOrWhiteSpace(answer.Evidence) && Control(FormField.Evidence, already?.Evidence is not null) is { } evidenceControl)
        {
            writer.Text(evidenceControl, answer.Evidence);
            evidence = answer.Evidence;
        }

        if (answer.Date is { } d && Control(FormField.Date, already?.Date is not null) is { } dateControl)
        {
            if (writer.IsDate(dateControl))
            {
                writer.Date(dateControl, d);
                date = d;
            }
            else
            {
                notFilled.Add((FormField.Date, MessageCatalogue.Format("CLZ7013.not-a-date-picker")));
            }
        }

        return (answer with { Status = status, Answer = text, Evidence = evidence, Date = date }, notFilled);

        XElement? Control(FormField field, bool answeredAlready)
        {
            if (answeredAlready)
            {
                notFilled.Add((field, MessageCatalogue.Format("CLZ7013.answered")));
                return null;
            }

            var control = controls.Find(point.Id, field);
            if (control is null)
            {
                notFilled.Add((field, MessageCatalogue.Format("CLZ7013.no-field")));
            }

            return control;
        }
    }

    /// <summary>Reads the prefilled annex back: every point must hold exactly what was written, or nothing is handed out.</summary>
    private Problem? ReadBack(byte[] docx, string name, List<PrefillPoint> points)
    {
        var parsed = _reader.Read(new MemoryStream(docx, writable: false), name);
        foreach (var point in points.Where(p => p.Answer is not null))
        {
            var read = parsed.Find(point.PointId);
            var written = point.Answer!;
            if (read is null || read.Status != written.Status || Text(read.Answer) != Text(written.Answer)
                || Text(read.Evidence) != Text(written.Evidence) || read.Date != written.Date)
            {
                return Problem.Of(DiagnosticSeverity.Error, "CLZ7015", point.PointId, new FileLocation(name));
            }
        }

        return null;

        static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Replace("\r", "", StringComparison.Ordinal).Trim();
    }

    private static IEnumerable<string> CommentText(AnswerChoice choice, string change) =>
    [
        $"À revoir\u00A0: cette réponse est reprise de {choice.Entry.Source} ({French(choice.Entry.Date)}), mais {change}.",
        "Vérifiez qu’elle convient toujours, puis supprimez ce commentaire.",
    ];

    private XDocument Load(SafePackage package, string part)
    {
        using var bytes = package.Read(part);
        var settings = SafeXml.ReaderSettings.Clone();
        settings.MaxCharactersInDocument = _reader.Options.Limits.MaxPartBytes;
        using var reader = XmlReader.Create(new MemoryStream(bytes.Segment.Array!, bytes.Segment.Offset, bytes.Segment.Count, writable: false), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    internal static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static string French(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static Problem Unusable(string file, string key, params object?[] args) =>
        Problem.Of(DiagnosticSeverity.Error, key, null, new FileLocation(file), args);
}
