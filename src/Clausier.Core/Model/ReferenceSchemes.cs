using System.Text.RegularExpressions;

namespace Clausier.Core.Model;

/// <summary>
/// The reference forms a catalogue may cite (docs/catalogue-format.md). Keeping them closed lets a
/// lint catch typos such as "RGDP art 28" that would otherwise reach a tender.
/// </summary>
public static partial class ReferenceSchemes
{
    private static readonly (string Scheme, Regex Pattern)[] Schemes =
    [
        ("RGPD", Gdpr()),
        ("NIS2", Nis2()),
        ("HDS", Hds()),
        ("CSP", PublicHealthCode()),
        ("MDR", Mdr()),
        ("MDS2", Mds2()),
        ("ANSSI", Anssi()),
        ("SecNumCloud", SecNumCloud()),
        ("RGS", Rgs()),
        ("CCSC", Ccsc()),
        ("PGSSI-S", Pgssis()),
        ("IEC", Iec()),
        ("ISO", Iso()),
        ("MDCG", Mdcg()),
        ("ANSM", Ansm()),
        ("OWASP", Owasp()),
        ("IHE", Ihe()),
        ("CNIL", Cnil()),
        ("RFC", Rfc()),
    ];

    /// <summary>Recognises one reference; null when it matches no known form.</summary>
    public static Reference? TryParse(string text)
    {
        var trimmed = text.Trim();
        foreach (var (scheme, pattern) in Schemes)
        {
            if (pattern.IsMatch(trimmed))
            {
                return new Reference(scheme, trimmed);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^RGPD art\. \d+(-\d+)?(\(\d+\))?(\([a-h]\))?$")]
    private static partial Regex Gdpr();

    [GeneratedRegex(@"^NIS2 art\. \d+(\(\d+\))?(\([a-j]\))?$")]
    private static partial Regex Nis2();

    [GeneratedRegex(@"^HDS EXI \d{2}$")]
    private static partial Regex Hds();

    [GeneratedRegex(@"^CSP [LR]\.\d{4}-\d+(-\d+)?$")]
    private static partial Regex PublicHealthCode();

    [GeneratedRegex(@"^MDR annexe I §\d+(\.\d+)*(\([a-z]+\))?$")]
    private static partial Regex Mdr();

    [GeneratedRegex(@"^MDS2 [A-Z]{4}$")]
    private static partial Regex Mds2();

    [GeneratedRegex(@"^ANSSI (hygiène n°\d{1,2}|PAMS)$")]
    private static partial Regex Anssi();

    [GeneratedRegex(@"^SecNumCloud 3\.2 §\d+(\.\d+)*$")]
    private static partial Regex SecNumCloud();

    [GeneratedRegex(@"^RGS( annexe [A-C]\d)?$")]
    private static partial Regex Rgs();

    [GeneratedRegex(@"^CCSC$")]
    private static partial Regex Ccsc();

    [GeneratedRegex(@"^PGSSI-S (ch\. \d+|e-identification)$")]
    private static partial Regex Pgssis();

    [GeneratedRegex(@"^IEC \d{5}(-\d+)*$")]
    private static partial Regex Iec();

    [GeneratedRegex(@"^ISO(/IEC)? \d{4,5}(-\d+)*$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^MDCG \d{4}-\d{1,2}$")]
    private static partial Regex Mdcg();

    [GeneratedRegex(@"^ANSM cybersécurité DM 2022$")]
    private static partial Regex Ansm();

    [GeneratedRegex(@"^OWASP (Top 10|ASVS)$")]
    private static partial Regex Owasp();

    [GeneratedRegex(@"^IHE ATNA$")]
    private static partial Regex Ihe();

    [GeneratedRegex(@"^CNIL délibération \d{4}-\d{3}$")]
    private static partial Regex Cnil();

    [GeneratedRegex(@"^RFC \d{3,5}$")]
    private static partial Regex Rfc();
}
