namespace Clausier.Forms.Library;

/// <summary>Stable codes of the answer library and of prefilling (docs/prefill.md, docs/diagnostics.md).</summary>
public static class LibraryCodes
{
    /// <summary>A library file is not valid JSON or not a library entry; it is left out.</summary>
    public const string EntryUnreadable = "CLZ7001";

    /// <summary>A returned annex given to the library cannot be read; nothing was added from it.</summary>
    public const string AnnexUnreadable = "CLZ7002";

    /// <summary>The library has no answers for the product.</summary>
    public const string ProductEmpty = "CLZ7003";

    /// <summary>The annex to prefill cannot be read or is not a Clausier annex with a manifest.</summary>
    public const string BlankUnusable = "CLZ7010";

    /// <summary>Point filled from an answer to a clause whose text has changed since: to review.</summary>
    public const string ClauseChanged = "CLZ7011";

    /// <summary>Two answers of the library to the same clause disagree; the most recent was used.</summary>
    public const string Conflict = "CLZ7012";

    /// <summary>A field of the previous answer has no place in the new annex (status not offered, no date field, control lost).</summary>
    public const string FieldNotFilled = "CLZ7013";

    /// <summary>No previous answer for the point: left empty.</summary>
    public const string NoPreviousAnswer = "CLZ7014";

    /// <summary>The prefilled annex does not read back as written; nothing was written.</summary>
    public const string ReadBackMismatch = "CLZ7015";

    /// <summary>The clause hash of the previous answer is unknown (a parse JSON of an older version): to review.</summary>
    public const string ClauseUnknown = "CLZ7016";
}
