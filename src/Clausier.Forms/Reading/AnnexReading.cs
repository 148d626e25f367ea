using System.Xml.Linq;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms.Document;
using Clausier.Forms.Package;

namespace Clausier.Forms.Reading;

/// <summary>
/// One read of one package, in phases: main document, manifest, index, answers, candidate, integrity,
/// review marks, package warnings. Holds the per-file state; <see cref="AnnexReader"/> holds none.
/// </summary>
internal sealed partial class AnnexReading(ReadState state, SafePackage package)
{
    private FormIndex _index = null!;
    private ManifestInfo _manifest = null!;
    private readonly HashSet<XElement> _counted = [];
    private long _textRead;
    private bool _anyTextCut;

    private Wml Names => _index.Names;

    public ParsedAnnex Run()
    {
        LoadDocument();
        if (_manifest.Document is null && _manifest.Points.Count == 0 && _index.PointIds.Count == 0)
        {
            // "0/0 points answered" and "read by table position" would describe a read that never happened.
            return ParsedAnnex.Unreadable(state.File, [new Problem(ProblemCodes.NotAnAnnex, DiagnosticSeverity.Error, null,
                "this is not a Clausier annex (no manifest, no answer tables): nothing was read",
                new FileLocation(state.File),
                "ce document n'est pas une annexe Clausier (ni manifeste, ni tableaux de réponse) : rien n'a été lu")]);
        }

        var answers = ReadAnswers();
        var candidate = ReadCandidate();
        CheckIdentity();
        CheckClauses();
        ReportRevisions();
        ReportComments();
        ReportActiveContent();
        if (state.InvalidCharacters > 0)
        {
            state.ReportInPart(ProblemCodes.InvalidCharacters, DiagnosticSeverity.Warning, state.MainPart,
                $"{state.InvalidCharacters} character(s) that XML forbids were removed from the text read",
                $"{state.InvalidCharacters} caractère(s) interdit(s) en XML ont été retirés du texte lu");
        }

        return new ParsedAnnex(state.File, true, _manifest.Manifest, _manifest.Document, candidate, answers, Ordered(state.Problems));
    }

    public IReadOnlyDictionary<string, string> ReadClauseTexts()
    {
        LoadDocument();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var point in _manifest.Points.Select(p => p.Id).Concat(_index.PointIds).Distinct())
        {
            if (ClauseParagraphs(point, _index.Text) is { } paragraphs)
            {
                texts[point] = Clausier.Core.Text.ClauseText.Normalize(paragraphs);
            }
        }

        return texts;
    }

    private void LoadDocument()
    {
        var main = package.MainDocumentPart();
        state.MainPart = "/" + main;
        var xml = package.LoadXml(main, isMainDocument: true);
        _anyTextCut = xml.Annotation<CutText>() is not null;
        var w = xml.Root is { } root ? Wml.For(root) : null;
        var body = w is null ? null : xml.Root!.Element(w.Body);
        if (w is null || body is null)
        {
            throw new RefusedException(ProblemCodes.NoMainDocument,
                $"{state.MainPart} is not a WordprocessingML document body (root {xml.Root?.Name.LocalName ?? "missing"})");
        }

        _manifest = ManifestReader.Read(package, state);
        _index = FormIndex.Build(body, w, _manifest.Points.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Errors first, then warnings, then information; document order kept within a severity.</summary>
    private static List<Problem> Ordered(List<Problem> problems) =>
        [.. problems.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Severity).ThenBy(x => x.i).Select(x => x.p)];

    private string Text(FieldHit hit, out ExtractedText extracted)
    {
        extracted = _index.Text.Extract(hit.Container);
        var cleaned = new List<string>();
        foreach (var paragraph in extracted.Paragraphs)
        {
            var clean = AnswerText.CleanParagraph(paragraph, ref state.InvalidCharacters);
            if (!Placeholders.IsPlaceholder(clean))
            {
                cleaned.Add(clean);
            }
        }

        var cut = _anyTextCut && hit.Container.DescendantsAndSelf().Any(e => e.Annotation<CutText>() is not null);
        return Bounded(hit, AnswerText.Join(cleaned) ?? "", cut);
    }

    /// <summary>
    /// Keeps at most <see cref="ReaderLimits.MaxAnswerChars"/> of one answer and
    /// <see cref="ReaderLimits.MaxTextChars"/> of the whole file, so that one huge answer cannot fill
    /// the memory and the JSON; what is cut is an error naming the field, never a silent loss.
    /// </summary>
    /// <param name="cut">Whether a text node of the field was cut while the part was read.</param>
    private string Bounded(FieldHit hit, string text, bool cut)
    {
        var limits = state.Options.Limits;
        var room = Math.Max(0, limits.MaxTextChars - _textRead);
        var keep = (int)Math.Min(Math.Min(text.Length, limits.MaxAnswerChars), room);
        if (_counted.Add(hit.Container))
        {
            _textRead += keep;
            if (keep < text.Length || cut)
            {
                // Text nodes past the answer limit were cut while the part was read: their length is unknown.
                var (holds, holdsFr) = cut || text.Length > limits.MaxAnswerChars
                    ? ($"more than {limits.MaxAnswerChars:N0}", $"plus de {limits.MaxAnswerChars:N0}")
                    : ($"{text.Length:N0}", $"{text.Length:N0}");
                state.Report(ProblemCodes.TextCut, DiagnosticSeverity.Error, null,
                    $"this field holds {holds} characters; only the first {keep:N0} were read (limits: {limits.MaxAnswerChars:N0} per answer, {limits.MaxTextChars:N0} per file); read the rest in the file itself",
                    hit.Container,
                    fr: $"ce champ contient {holdsFr} caractères ; seuls les {keep:N0} premiers ont été lus (limites : {limits.MaxAnswerChars:N0} par réponse, {limits.MaxTextChars:N0} par fichier) ; lisez la suite dans le fichier lui-même");
            }
        }

        return keep < text.Length ? text[..keep] : text;
    }

    /// <summary>The field named in French with its article, for the buyer's messages.</summary>
    private static string DescribeFr(FormField field) => field switch
    {
        FormField.Status => "le statut",
        FormField.Answer => "la réponse",
        FormField.Evidence => "la liste des justificatifs",
        _ => "la date de mise en conformité",
    };

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>The field's name in messages (which quote the French row label where the user needs it).</summary>
    private static string Describe(FormField field) => field switch
    {
        FormField.Status => "status",
        FormField.Answer => "answer",
        FormField.Evidence => "evidence",
        _ => "compliance date",
    };

    private static XElement? Ancestor(XElement element, XName name)
    {
        for (var e = element.Parent; e is not null; e = e.Parent)
        {
            if (e.Name == name)
            {
                return e;
            }
        }

        return null;
    }
}
