namespace Clausier.Core.Diagnostics;

/// <summary>
/// Stable diagnostic identifiers of the catalogue and tender stages. Every id is documented with an
/// example in docs/diagnostics.md; never renumber one that has shipped.
/// </summary>
public static class DiagnosticIds
{
    // Catalogue identity file (catalogue.yml)
    public const string CatalogueFileMissing = "CLZ1001";
    public const string YamlSyntax = "CLZ1002";
    public const string RequiredKeyMissing = "CLZ1003";
    public const string UnknownKey = "CLZ1004";
    public const string DuplicateSegment = "CLZ1005";
    public const string DuplicateParameter = "CLZ1006";
    public const string InvalidIdentifier = "CLZ1007";
    public const string InvalidValue = "CLZ1008";

    /// <summary>A value (tender, catalogue identity, batch manifest) held characters a document cannot carry; they were removed.</summary>
    public const string ControlCharacterRemoved = "CLZ2030";

    // Catalogue Markdown files
    public const string MalformedPointId = "CLZ1101";
    public const string DuplicatePointId = "CLZ1102";
    public const string MissingField = "CLZ1103";
    public const string UnknownSegment = "CLZ1104";
    public const string UnknownAnswerType = "CLZ1105";
    public const string UnknownParameter = "CLZ1106";
    public const string EmptyText = "CLZ1107";
    public const string NumberingGap = "CLZ1108";
    public const string PointOutsideItsSection = "CLZ1109";
    public const string InvalidReference = "CLZ1110";
    public const string UnknownField = "CLZ1111";
    public const string InvalidEdition = "CLZ1112";
    public const string NoSegments = "CLZ1113";
    public const string NoSectionHeading = "CLZ1114";
    public const string MalformedHeading = "CLZ1115";
    public const string DuplicateSection = "CLZ1116";
    public const string HeadingLevel = "CLZ1117";
    public const string UnusedParameter = "CLZ1118";
    public const string DuplicateField = "CLZ1119";
    public const string OrphanSection = "CLZ1120";
    public const string NoSectionFiles = "CLZ1121";
    public const string UnknownParameterKind = "CLZ1122";
    public const string InvalidParameterDefault = "CLZ1123";
    public const string AnswerTypeAsksNothing = "CLZ1124";
    public const string UnknownSegmentOption = "CLZ1125";

    // Tender files
    public const string TenderFileMissing = "CLZ1201";
    public const string DuplicateLot = "CLZ1202";
    public const string TenderUnknownSegment = "CLZ1203";
    public const string TenderUnknownPoint = "CLZ1204";
    public const string TenderUnknownSection = "CLZ1205";
    public const string TenderUnknownParameter = "CLZ1206";
    public const string UnknownLot = "CLZ1207";
    public const string NoPointsSelected = "CLZ1208";
    public const string InvalidCharacter = "CLZ1209";
    public const string InvalidParameterValue = "CLZ1220";
    public const string ParameterWeakerThanPublished = "CLZ1221";
    public const string ContactNotReachable = "CLZ1222";
    public const string DerogationWithoutReason = "CLZ1223";
    public const string DerogationNotNeeded = "CLZ1224";
    public const string DerogationUnknownTarget = "CLZ1225";
    public const string LotUnknownSegmentOption = "CLZ1226";

    // Every YAML file the tool reads (tender, batch manifest, catalogue.yml, front matter)
    public const string YamlTooDeep = "CLZ1210";
    public const string YamlSecondDocument = "CLZ1211";
    public const string NotUtf8 = "CLZ1212";

    // Catalogue Markdown that the parser refuses as nested too deep
    public const string MarkdownTooDeep = "CLZ1213";

    // Import of CISO Assistant library files (docs/import.md)
    public const string ImportFileUnreadable = "CLZ1301";
    public const string ImportFileTooLarge = "CLZ1302";
    public const string ImportYamlSyntax = "CLZ1303";
    public const string ImportUnknownFormat = "CLZ1304";
    public const string ImportAliasRefused = "CLZ1305";
    public const string ImportNestingTooDeep = "CLZ1306";
    public const string ImportInvalidValue = "CLZ1307";
    public const string ImportMissingUrn = "CLZ1308";
    public const string ImportDuplicateUrn = "CLZ1309";
    public const string ImportDuplicateRefId = "CLZ1310";
    public const string ImportUnknownParent = "CLZ1311";
    public const string ImportParentCycle = "CLZ1312";
    public const string ImportDepthMismatch = "CLZ1313";
    public const string ImportSyntheticId = "CLZ1314";
    public const string ImportRenumbered = "CLZ1315";
    public const string ImportAssessableWithChildren = "CLZ1316";
    public const string ImportPointOutsideSection = "CLZ1317";
    public const string ImportEmptyNode = "CLZ1318";
    public const string ImportNoEdition = "CLZ1319";
    public const string ImportSegmentsDefaulted = "CLZ1320";
    public const string ImportHyphenationRepaired = "CLZ1321";
    public const string ImportUnknownOverride = "CLZ1322";
    public const string ImportDuplicateKey = "CLZ1323";

    // Writing a catalogue as Markdown
    public const string WriteFolderNotEmpty = "CLZ1350";
    public const string WriteUnrepresentable = "CLZ1351";
    public const string WriteFailed = "CLZ1352";

    // Comparing two catalogues
    public const string DiffDuplicatePointId = "CLZ1401";
    public const string DiffNoSharedPoints = "CLZ1402";
    public const string DiffReferencesNotCompared = "CLZ1403";
    public const string DiffTextTooLong = "CLZ1404";

    // CISO Assistant export (docs/ciso-assistant.md)
    public const string MappingInvalid = "CLZ8001";
    public const string ExportTargetUnreadable = "CLZ8002";
    public const string ExportPointNotInFramework = "CLZ8003";
    public const string ExportUnreadableAnnex = "CLZ8004";
}
