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

    private Wml Names => _index.Names;

    public ParsedAnnex Run()
    {
        LoadDocument();
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

        return AnswerText.Join(cleaned) ?? "";
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
