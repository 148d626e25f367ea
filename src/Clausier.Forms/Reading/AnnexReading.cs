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
            return ParsedAnnex.Unreadable(state.File, [Problem.Of(DiagnosticSeverity.Error, "CLZ4025", null, new FileLocation(state.File))]);
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
            state.ReportInPart(DiagnosticSeverity.Warning, "CLZ4020", state.MainPart, state.InvalidCharacters);
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
            throw RefusedException.Of("CLZ4012.not-wordml", state.MainPart, xml.Root?.Name.LocalName ?? "");
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
                if (cut || text.Length > limits.MaxAnswerChars)
                {
                    state.Report(DiagnosticSeverity.Error, "CLZ4026.more", null, hit.Container, null, limits.MaxAnswerChars, keep, limits.MaxAnswerChars, limits.MaxTextChars);
                }
                else
                {
                    state.Report(DiagnosticSeverity.Error, "CLZ4026", null, hit.Container, null, text.Length, keep, limits.MaxAnswerChars, limits.MaxTextChars);
                }
            }
        }

        return keep < text.Length ? text[..keep] : text;
    }

    /// <summary>The field's name in messages: a plain name in English, its row label in the French the buyer sees in the annex.</summary>
    private static MessageText Describe(FormField field) => new(field switch
    {
        FormField.Status => "status",
        FormField.Answer => "answer",
        FormField.Evidence => "evidence",
        _ => "compliance date",
    }, FormContract.Label(field));

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
