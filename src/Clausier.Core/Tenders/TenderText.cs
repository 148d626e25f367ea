using Clausier.Core.Diagnostics;
using Clausier.Core.Text;

namespace Clausier.Core.Tenders;

/// <summary>
/// Applies <see cref="ControlCharacters"/> to every text of a tender that did not come through the
/// tender reader (the web form, a program): a tender read from YAML was cleaned there, against its
/// keys' lines, and comes out of this unchanged.
/// </summary>
public static class TenderText
{
    public static Tender Clean(Tender tender, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(tender);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = tender.Location;
        string C(string text, string key) => ControlCharacters.Clean(text, MessageCatalogue.Format("context.quoted", key), at, diagnostics);
        string? O(string? text, string key) => text is null ? null : C(text, key);

        var buyer = tender.Buyer;
        return tender with
        {
            Buyer = new Buyer(C(buyer.Name, "buyer.name"), O(buyer.Group, "buyer.group"), O(buyer.Address, "buyer.address"),
                O(buyer.Service, "buyer.service"), O(buyer.Contact, "buyer.contact")),
            Reference = C(tender.Reference, "reference"),
            Subject = C(tender.Subject, "subject"),
            Procedure = O(tender.Procedure, "procedure"),
            ContractForm = O(tender.ContractForm, "contract_form"),
            CpvCodes = [.. tender.CpvCodes.Select(c => C(c, "cpv"))],
            Platform = O(tender.Platform, "platform"),
            DocumentVersion = C(tender.DocumentVersion, "version"),
            AnnexNumber = O(tender.AnnexNumber, "annex_number"),
            Lots = [.. tender.Lots.Select(l => l with { Number = C(l.Number, "lots.number"), Title = C(l.Title, $"title of lot {l.Number}") })],
            Options = tender.Options with
            {
                Parameters = tender.Options.Parameters.ToDictionary(
                    p => p.Key,
                    p => p.Value with { Value = ControlCharacters.Clean(p.Value.Value, MessageCatalogue.Format("context.named-parameter", p.Key), p.Value.Location ?? at, diagnostics) },
                    StringComparer.Ordinal),
            },
        };
    }
}
