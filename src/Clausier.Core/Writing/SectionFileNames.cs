using System.Globalization;
using System.Text;
using Clausier.Core.Model;

namespace Clausier.Core.Writing;

/// <summary>
/// File names of section files: the zero-padded section number, so that a directory listing reads
/// in order, then a slug of the title (<c>02-exigences-specifiques-sur-la-sous-traitance.md</c>).
/// </summary>
internal static class SectionFileNames
{
    private const int MaxSlugLength = 40;

    public static string For(Section section, int topLevelCount)
    {
        var width = Math.Max(2, topLevelCount.ToString(CultureInfo.InvariantCulture).Length);
        var parts = section.Number.Split('.');
        parts[0] = parts[0].PadLeft(width, '0');
        var slug = Slug(section.Title);
        return slug.Length == 0 ? $"{string.Join('-', parts)}.md" : $"{string.Join('-', parts)}-{slug}.md";
    }

    internal static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = slug[..(cut > 0 ? cut : MaxSlugLength)];
        }

        return slug;
    }
}
