using System.Globalization;
using System.Text.Json;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms;

namespace Clausier.Analysis;

public static partial class ParsedAnnexJson
{
    /// <summary>Reads one element of <c>files</c>; collects a problem for each value it cannot use.</summary>
    private sealed class FileReader(string jsonFile, int index)
    {
        private readonly List<Problem> _problems = [];
        private string _file = $"{jsonFile}#files[{index}]";

        public ParsedAnnex Read(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return Unreadable(_file, "CLZ5102.not-object");
            }

            if (String(element, "file", null) is { Length: > 0 } name)
            {
                _file = name;
            }

            var readable = element.TryGetProperty("readable", out var r) && r.ValueKind == JsonValueKind.True;
            var problems = Array(element, "problems").Select(ReadProblem).OfType<Problem>().ToList();
            if (!readable)
            {
                return new ParsedAnnex(_file, false, null, null, CandidateInfo.Empty, [],
                    problems.Count > 0 ? problems : [Problem.Of(DiagnosticSeverity.Error, "CLZ5104.not-parsed", null, new FileLocation(_file))]);
            }

            var document = ReadDocument(element);
            var candidate = ReadCandidate(element);
            var answers = Array(element, "answers").Select(ReadAnswer).OfType<PointAnswer>().ToList();
            return new ParsedAnnex(_file, true, null, document, candidate, answers, [.. problems, .. _problems]);
        }

        private AnnexDocument? ReadDocument(JsonElement file)
        {
            if (!file.TryGetProperty("document", out var d) || d.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var catalogue = d.TryGetProperty("catalogue", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
            var generator = d.TryGetProperty("generator", out var g) && g.ValueKind == JsonValueKind.Object ? g : default;
            var source = String(d, "source", null) == "documentProperties" ? ManifestSource.DocumentProperties : ManifestSource.CustomXmlPart;
            return new AnnexDocument(source,
                String(d, "tenderReference", null), String(d, "lot", null), String(d, "lotTitle", null),
                String(d, "segment", null), String(d, "buyer", null),
                String(catalogue, "id", null), String(catalogue, "name", null), String(catalogue, "version", null),
                String(d, "template", null), String(generator, "name", null), String(generator, "version", null));
        }

        private CandidateInfo ReadCandidate(JsonElement file)
        {
            if (!file.TryGetProperty("candidate", out var c) || c.ValueKind != JsonValueKind.Object)
            {
                return CandidateInfo.Empty;
            }

            return new CandidateInfo(String(c, "company", null), String(c, "siret", null), String(c, "signatory", null),
                String(c, "role", null), Date(c, "date", null))
            {
                ConsortiumMembers = String(c, "consortium", null),
                LeadMember = String(c, "lead", null),
            };
        }

        private PointAnswer? ReadAnswer(JsonElement a)
        {
            var id = a.ValueKind == JsonValueKind.Object ? String(a, "pointId", null) : null;
            if (string.IsNullOrEmpty(id))
            {
                Invalid(null, "CLZ5104.no-point-id");
                return null;
            }

            var statusCode = String(a, "status", id);
            AnswerStatus? status = statusCode is null ? null : Status(statusCode);
            if (statusCode is not null && status is null)
            {
                Invalid(id, "CLZ5104.status", statusCode);
            }

            var sources = new Dictionary<FormField, AnswerSource>();
            if (a.TryGetProperty("fieldSources", out var fs) && fs.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in fs.EnumerateObject())
                {
                    if (Enum.TryParse<FormField>(property.Name, ignoreCase: true, out var field)
                        && property.Value.ValueKind == JsonValueKind.String && Source(property.Value.GetString()!) is { } s)
                    {
                        sources[field] = s;
                    }
                    else
                    {
                        Invalid(id, "CLZ5104.source", property.Name);
                    }
                }
            }

            var source = String(a, "source", id) is { } code ? Source(code) : null;
            return new PointAnswer(id, String(a, "title", id), status, String(a, "answer", id), String(a, "evidence", id),
                Date(a, "date", id), source ?? (sources.Count == 0 ? AnswerSource.Missing : sources.Values.Max()), sources, String(a, "clauseSha256", id));
        }

        private Problem? ReadProblem(JsonElement p)
        {
            var code = p.ValueKind == JsonValueKind.Object ? String(p, "code", null) : null;
            if (code is null)
            {
                Invalid(null, "CLZ5104.no-code");
                return null;
            }

            var severity = String(p, "severity", null) switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            SourceLocation location = p.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object
                && String(l, "part", null) is { } part
                ? new PackageLocation(_file, part, String(l, "xpath", null), String(l, "detail", null), String(l, "detailFr", null))
                : new FileLocation(_file);
            return new Problem(code, severity, String(p, "pointId", null), String(p, "message", null) ?? "", location, String(p, "messageFr", null));
        }

        private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
            element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

        private string? String(JsonElement element, string name, string? pointId)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Invalid(pointId, "CLZ5104.not-string", name);
            return null;
        }

        private DateOnly? Date(JsonElement element, string name, string? pointId)
        {
            var text = String(element, name, pointId);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Invalid(pointId, "CLZ5104.not-date", name, text);
            return null;
        }

        private void Invalid(string? pointId, string key, params object?[] args) =>
            _problems.Add(Problem.Of(DiagnosticSeverity.Warning, key, pointId, new FileLocation(_file), args));

        private static AnswerStatus? Status(string code) => code switch
        {
            "oui" => AnswerStatus.Oui,
            "non" => AnswerStatus.Non,
            "nc" => AnswerStatus.NonConcerne,
            "partiel" => AnswerStatus.Partiel,
            _ => FormContract.ParseStatus(code),
        };

        private static AnswerSource? Source(string code) => code switch
        {
            "tag" => AnswerSource.Tag,
            "position" => AnswerSource.Position,
            "fillin" => AnswerSource.FillIn,
            "text" => AnswerSource.Text,
            "missing" => AnswerSource.Missing,
            _ => null,
        };
    }
}
