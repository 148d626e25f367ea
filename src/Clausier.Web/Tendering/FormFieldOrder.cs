using System.Globalization;
using System.Text.RegularExpressions;

namespace Clausier.Web.Tendering;

/// <summary>
/// Where a field of the tender form stands on the page, so the error summary lists the errors in the
/// order the buyer meets the fields (model state keeps them in the order they were found).
/// </summary>
public static partial class FormFieldOrder
{
    private static readonly string[] Fields =
    [
        nameof(TenderForm.BuyerName), nameof(TenderForm.BuyerGroup), nameof(TenderForm.BuyerService), nameof(TenderForm.BuyerAddress),
        nameof(TenderForm.BuyerContact), nameof(TenderForm.Reference), nameof(TenderForm.Deadline), nameof(TenderForm.Subject),
        nameof(TenderForm.Procedure), nameof(TenderForm.ContractForm), nameof(TenderForm.Platform), nameof(TenderForm.Cpv),
        nameof(TenderForm.Version), nameof(TenderForm.AnnexNumber), nameof(TenderForm.DocumentDate), nameof(TenderForm.Lots),
        nameof(TenderForm.AllowPartial), nameof(TenderForm.ExcludePoints), nameof(TenderForm.IncludePoints), nameof(TenderForm.IncludeSections),
        nameof(TenderForm.ExcludeSections), nameof(TenderForm.Parameters), nameof(TenderForm.Evaluation),
    ];

    private static readonly string[] LotFields = [nameof(LotForm.Number), nameof(LotForm.Title), nameof(LotForm.Segment)];

    /// <summary>A sort key for a model state key such as <c>Tender.Lots[2].Title</c>; unknown keys go last.</summary>
    public static (int Field, int Lot, int LotField) Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = key.StartsWith("Tender.", StringComparison.Ordinal) ? key["Tender.".Length..] : key;
        var lot = LotKey().Match(name);
        if (lot.Success)
        {
            var index = Array.IndexOf(LotFields, lot.Groups["field"].Value);
            return (Array.IndexOf(Fields, nameof(TenderForm.Lots)), int.Parse(lot.Groups["index"].Value, CultureInfo.InvariantCulture), index < 0 ? LotFields.Length : index);
        }

        var field = Array.IndexOf(Fields, name.Split('[', '.')[0]);
        return (field < 0 ? Fields.Length : field, -1, -1);
    }

    [GeneratedRegex(@"^Lots\[(?<index>[0-9]{1,6})\]\.(?<field>\w+)$")]
    private static partial Regex LotKey();
}
