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
            return PrefillResult.Unusable(name, [Unusable(name, $"the annex cannot be read: {reason?.Message}", $"l’annexe ne peut pas être lue\u00A0: {reason?.FrenchMessage}")]);
        }

        if (parsed.Manifest is null)
        {
            return PrefillResult.Unusable(name, [Unusable(name,
                "the annex has no Clausier manifest (custom XML part): the clauses it asks about cannot be identified",
                "l’annexe n’a pas de manifeste Clausier (partie XML personnalisée)\u00A0: impossible de savoir à quelles clauses elle demande de répondre")]);
        }

        try
        {
            using var package = SafePackage.Open(blank, _reader.Options.Limits);
            return Fill(package, parsed, name, [.. entries.Order(LibraryEntry.NewestFirst)], timestamp);
        }
        catch (RefusedException ex)
        {
            return PrefillResult.Unusable(name, [Unusable(name, ex.Message, ex.MessageFr ?? ex.Message)]);
        }
        catch (XmlException ex)
        {
            return PrefillResult.Unusable(name, [Unusable(name, $"a part of the annex is not well-formed XML (line {ex.LineNumber}): {ex.Message}",
                $"une partie de l’annexe n’est pas du XML bien formé (ligne {ex.LineNumber})\u00A0: le fichier est endommagé")]);
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
                problems.Add(Problem(LibraryCodes.NoPreviousAnswer, DiagnosticSeverity.Info, point.Id, name,
                    "no previous answer: left empty", "aucune réponse précédente\u00A0: laissé vide"));
                continue;
            }

            var previous = parsed.Find(point.Id);
            var (written, notFilled) = Write(controls, writer, point, choice.Answer, previous);
            string? change = null;
            if (!choice.SameClause)
            {
                clauses ??= _reader.ReadClauseTexts(package);
                change = choice.Answer.ClauseSha256 is null
                    ? "la réponse précédente ne dit pas à quel texte de la clause elle répondait"
                    : ClauseChange.Describe(choice.Answer.Clause, clauses.TryGetValue(point.Id, out var text) ? text : "");
                var anchor = controls.Find(point.Id, FormField.Answer) ?? controls.Find(point.Id, FormField.Status);
                if (anchor is not null)
                {
                    comments.Add(writer.Content(anchor), CommentText(choice, change));
                }

                problems.Add(Problem(choice.Answer.ClauseSha256 is null ? LibraryCodes.ClauseUnknown : LibraryCodes.ClauseChanged, DiagnosticSeverity.Warning, point.Id, name,
                    choice.Answer.ClauseSha256 is null
                        ? $"filled from {choice.Entry.Source} ({LibraryJson.Iso(choice.Entry.Date)}), which does not record the clause text it answered: to review"
                        : $"filled from {choice.Entry.Source} ({LibraryJson.Iso(choice.Entry.Date)}), whose clause text differs: to review",
                    $"prérempli d’après {choice.Entry.Source} ({French(choice.Entry.Date)}), mais {change}\u00A0: à revoir"));
            }

            if (choice.Conflicting.Count > 0)
            {
                var others = string.Join(", ", choice.Conflicting.Select(e => $"{e.Source} ({LibraryJson.Iso(e.Date)})"));
                problems.Add(Problem(LibraryCodes.Conflict, DiagnosticSeverity.Warning, point.Id, name,
                    $"previous answers disagree; the most recent ({choice.Entry.Source}, {LibraryJson.Iso(choice.Entry.Date)}) was used, not {others}",
                    $"des réponses précédentes se contredisent\u00A0; la plus récente ({choice.Entry.Source}, {French(choice.Entry.Date)}) a été retenue, et non {string.Join(", ", choice.Conflicting.Select(e => $"{e.Source} ({French(e.Date)})"))}"));
            }

            foreach (var (field, reason, reasonFr) in notFilled)
            {
                problems.Add(Problem(LibraryCodes.FieldNotFilled, DiagnosticSeverity.Warning, point.Id, name, $"{FormContract.FieldName(field)} not filled: {reason}",
                    $"{FormContract.Label(field)} non reprise\u00A0: {reasonFr}"));
            }

            points.Add(new PrefillPoint(point.Id, point.Title, choice.SameClause ? PrefillOutcome.Filled : PrefillOutcome.Review, written,
                choice.Entry.Source, choice.Entry.Date, change, [.. choice.Conflicting.Select(e => e.Source)], [.. notFilled.Select(n => n.ReasonFr)]));
        }

        var docx = PrefilledPackage.Write(package, mainPart, Save(document), comments.Count > 0 ? comments : null, commentsRelationship?.TargetPart, timestamp);
        var mismatch = ReadBack(docx, name, points);
        return mismatch is null
            ? new PrefillResult(name, docx, points, problems)
            : PrefillResult.Unusable(name, [mismatch]);
    }

    /// <summary>Writes each field of <paramref name="answer"/> the annex asks for and left empty; returns what was written and what could not be.</summary>
    private static (LibraryAnswer Written, List<(FormField Field, string Reason, string ReasonFr)> NotFilled) Write(
        AnswerControls controls, ControlWriter writer, ManifestPoint point, LibraryAnswer answer, PointAnswer? already)
    {
        var notFilled = new List<(FormField, string, string)>();
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
                notFilled.Add((FormField.Status, $"\"{item}\" is not offered in this annex", $"la réponse «\u00A0{item}\u00A0» n’est pas proposée dans cette annexe"));
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
                notFilled.Add((FormField.Date, "the date field is not a date picker", "le champ de date n’est pas un sélecteur de date"));
            }
        }

        return (answer with { Status = status, Answer = text, Evidence = evidence, Date = date }, notFilled);

        XElement? Control(FormField field, bool answeredAlready)
        {
            if (answeredAlready)
            {
                notFilled.Add((field, "the annex already holds an answer, kept as it is", "l’annexe contient déjà une réponse, conservée telle quelle"));
                return null;
            }

            var control = controls.Find(point.Id, field);
            if (control is null)
            {
                notFilled.Add((field, "this annex has no such field for the point", "cette annexe n’a pas ce champ pour ce point"));
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
                return Problem(LibraryCodes.ReadBackMismatch, DiagnosticSeverity.Error, point.PointId, name,
                    "the prefilled annex does not read back as written; nothing was written (please report it with the annex)",
                    "l’annexe préremplie ne se relit pas comme elle a été écrite\u00A0; aucun fichier n’a été produit (merci de le signaler en joignant l’annexe)");
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

    private static Problem Unusable(string file, string message, string messageFr) =>
        new(LibraryCodes.BlankUnusable, DiagnosticSeverity.Error, null, message, new FileLocation(file), messageFr);

    private static Problem Problem(string code, DiagnosticSeverity severity, string pointId, string file, string message, string messageFr) =>
        new(code, severity, pointId, message, new FileLocation(file), messageFr);
}
