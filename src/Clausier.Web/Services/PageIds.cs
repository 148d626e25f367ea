namespace Clausier.Web.Services;

/// <summary>
/// Stable ids of what the web pages refuse before any library reads it (CLZ61xx): files sent, form
/// fields. Documented in docs/diagnostics.md; their texts are in <see cref="Core.Diagnostics.MessageCatalogue"/>.
/// </summary>
public static class PageIds
{
    public const string NoFile = "CLZ6101";
    public const string TooManyFiles = "CLZ6102";
    public const string FileTooLarge = "CLZ6103";
    public const string EmptyFile = "CLZ6104";
    public const string NotWord = "CLZ6105";
    public const string NotText = "CLZ6106";
    public const string TenderErrors = "CLZ6107";

    /// <summary>A returned annex read, but not kept: with the files before it, the upload's answers would pass their budget.</summary>
    public const string UploadTextBudget = "CLZ6108";

    /// <summary>A field of a form left empty, too long, or holding a value of the wrong kind.</summary>
    public const string FieldInvalid = "CLZ6110";
}
