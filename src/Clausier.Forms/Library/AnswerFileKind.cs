namespace Clausier.Forms.Library;

/// <summary>What a file given as previous answers (or as an annex) holds, told from its bytes rather than its name.</summary>
public enum AnswerFileKind
{
    /// <summary>Neither a zip package nor JSON: a PDF, a Word 97 or RTF document, text; the annex reader says what it looks like.</summary>
    Other,

    /// <summary>A zip package: a returned annex (DOCX), whatever the reader then finds inside.</summary>
    Annex,

    /// <summary>JSON whose <c>kind</c> is <see cref="LibraryJson.Kind"/>: one entry of an answer library.</summary>
    LibraryEntry,

    /// <summary>JSON with a <c>files</c> array: the output of <c>clausier parse --format json</c>.</summary>
    ParseOutput,

    /// <summary>JSON that is neither, or not well-formed before anything said which it is.</summary>
    OtherJson,
}
