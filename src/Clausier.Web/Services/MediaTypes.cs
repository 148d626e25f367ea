namespace Clausier.Web.Services;

/// <summary>The media types of the files the pages offer for download.</summary>
public static class MediaTypes
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A produced file's type by its name: the workbook is the one .xlsx, the rest are Word documents.</summary>
    public static string For(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Xlsx : Docx;
}
