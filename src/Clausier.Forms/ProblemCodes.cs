namespace Clausier.Forms;

/// <summary>
/// Codes of the problems the reader reports; each is listed with an example in docs/parse.md.
/// 40xx: the file itself (a refused or unreadable file has at least one error among 4001–4019, 4024 or 4025);
/// 41xx: identity; 42xx: form structure; 43xx: answers; 44xx: candidate block; 45xx: integrity and review marks.
/// </summary>
public static class ProblemCodes
{
    public const string EmptyFile = "CLZ4001";
    public const string CannotOpen = "CLZ4002";
    public const string TooLarge = "CLZ4003";
    public const string NotAPackage = "CLZ4004";
    public const string LegacyOrEncrypted = "CLZ4005";
    public const string CorruptZip = "CLZ4006";
    public const string TooManyEntries = "CLZ4007";
    public const string UnsafeEntryName = "CLZ4008";
    public const string InflatedSizeExceeded = "CLZ4009";
    public const string CompressionRatioExceeded = "CLZ4010";
    public const string MacroEnabled = "CLZ4011";
    public const string NoMainDocument = "CLZ4012";
    public const string XmlDtdRefused = "CLZ4013";
    public const string XmlMalformed = "CLZ4014";
    public const string XmlLimitExceeded = "CLZ4015";
    public const string DuplicateEntry = "CLZ4016";
    public const string EntrySizeMismatch = "CLZ4017";
    public const string InternalError = "CLZ4019";

    public const string InvalidCharacters = "CLZ4020";
    public const string ActiveContent = "CLZ4021";
    public const string ExternalRelationship = "CLZ4022";
    public const string PartIgnored = "CLZ4023";

    /// <summary>A zip entry whose inflated bytes do not match its CRC-32: the file is refused.</summary>
    public const string ChecksumMismatch = "CLZ4024";

    /// <summary>A DOCX with neither manifest nor answer tables: not an annex at all, so nothing is read.</summary>
    public const string NotAnAnnex = "CLZ4025";

    /// <summary>An answer longer than the reader keeps: the kept part is returned, the cut is an error.</summary>
    public const string TextCut = "CLZ4026";

    public const string NoManifest = "CLZ4101";
    public const string ManifestFromProperties = "CLZ4102";
    public const string ManifestUnreadable = "CLZ4103";
    public const string ManifestConflict = "CLZ4104";
    public const string OtherTender = "CLZ4105";
    public const string OtherLot = "CLZ4106";
    public const string AnswerTypesUnknown = "CLZ4107";

    public const string FieldMissing = "CLZ4201";
    public const string FieldDuplicated = "CLZ4202";
    public const string PointNotInManifest = "CLZ4203";
    public const string FoundByPosition = "CLZ4204";
    public const string FoundAsFieldOrText = "CLZ4205";
    public const string ControlOutsideTable = "CLZ4206";
    public const string PointMissing = "CLZ4207";

    public const string StatusMissing = "CLZ4301";
    public const string DescriptionMissing = "CLZ4302";
    public const string ExplanationMissing = "CLZ4303";
    public const string StatusTyped = "CLZ4304";
    public const string StatusInvalid = "CLZ4305";
    public const string StatusNotOffered = "CLZ4306";
    public const string DateInvalid = "CLZ4307";
    public const string DateMissing = "CLZ4308";
    public const string DateUnexpected = "CLZ4309";
    public const string DateDisagrees = "CLZ4310";
    public const string NothingAnswered = "CLZ4311";

    public const string CandidateFieldMissing = "CLZ4401";
    public const string SiretInvalid = "CLZ4402";
    public const string CandidateDateInvalid = "CLZ4403";
    public const string CandidateBlockMissing = "CLZ4404";

    public const string ClauseAltered = "CLZ4501";
    public const string ClauseNotFound = "CLZ4502";
    public const string RevisionsPending = "CLZ4503";
    public const string Comment = "CLZ4504";
}
