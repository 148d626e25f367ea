using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;

namespace Clausier.Forms.Reading;

internal sealed partial class AnnexReading
{
    private CandidateInfo ReadCandidate()
    {
        var table = _index.Candidate;
        var anyTag = FormContract.CandidateFields.Any(f => _index.Tagged.ContainsKey(FormContract.CandidateTag(f.Name)));
        if (table is null && !anyTag)
        {
            state.ReportFile(DiagnosticSeverity.Error, "CLZ4404");
            return CandidateInfo.Empty;
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        DateOnly? date = null;
        foreach (var field in FormContract.CandidateFields)
        {
            var hit = Resolve(null, FormContract.CandidateTag(field.Name), new MessageText(field.Label.ToLowerInvariant(), field.Label), table?.Rows.GetValueOrDefault(field.Name),
                table?.TableNumber ?? 0, field.IsDate ? ControlKind.Date : ControlKind.Text);
            var severity = field.Name == "company" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            if (hit is null && field.IsOptional)
            {
                continue;
            }

            if (hit is null)
            {
                state.ReportFile(severity, "CLZ4401.not-found", field.Label);
                continue;
            }

            if (field.IsDate)
            {
                date = ReadDate(null, hit);
                values[field.Name] = date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                values[field.Name] = NullIfEmpty(Text(hit, out _));
            }

            if (values[field.Name] is null && field.IsOptional)
            {
                continue;
            }

            if (values[field.Name] is null && !(field.IsDate && Text(hit, out _).Length > 0))
            {
                state.Report(severity, "CLZ4401.empty", null, hit.Container, hit.Detail, field.Label);
            }
            else if (field.Name == "siret" && values[field.Name] is { } siret && IsFrenchNumber(siret) && !IsValidSiret(siret))
            {
                state.Report(DiagnosticSeverity.Warning, "CLZ4402", null, hit.Container, hit.Detail, siret);
            }
        }

        return new CandidateInfo(values.GetValueOrDefault("company"), values.GetValueOrDefault("siret"),
            values.GetValueOrDefault("signatory"), values.GetValueOrDefault("role"), date)
        {
            ConsortiumMembers = values.GetValueOrDefault("consortium"),
            LeadMember = values.GetValueOrDefault("lead"),
        };
    }

    /// <summary>Digits, spaces and dots only: a SIRET, checked; a foreign firm's identifier has letters or other signs, and is kept as written.</summary>
    private static bool IsFrenchNumber(string text) => text.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c == '.');

    /// <summary>14 digits (spaces allowed) passing the Luhn check INSEE uses for SIREN/SIRET.</summary>
    internal static bool IsValidSiret(string text)
    {
        var digits = text.Where(c => !char.IsWhiteSpace(c) && c != '.').ToList();
        if (digits.Count != 14 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var d = digits[13 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        // La Poste's establishments share SIREN 356000000 and use a different rule.
        return sum % 10 == 0 || new string([.. digits]).StartsWith("356000000", StringComparison.Ordinal);
    }
}
