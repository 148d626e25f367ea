using System.Text;
using Clausier.Core.Model;
using Clausier.Core.Parameters;

namespace Clausier.Core.Writing;

public static partial class CatalogueMarkdownWriter
{
    /// <summary><c>catalogue.yml</c>: keys in the order of docs/catalogue-format.md, absent optional keys left out.</summary>
    private static string Header(Catalogue catalogue)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Catalogue folder: format in docs/catalogue-format.md.\n");
        Key(yaml, "", "id", catalogue.Id);
        Key(yaml, "", "name", catalogue.Name);
        Key(yaml, "", "version", catalogue.Version);
        Key(yaml, "", "edition", catalogue.Edition);
        Key(yaml, "", "source", catalogue.Source);
        Key(yaml, "", "copyright", catalogue.Copyright);
        yaml.Append(catalogue.Parameters.Count == 0 ? "parameters: []\n" : "parameters:\n");
        foreach (var parameter in catalogue.Parameters)
        {
            Key(yaml, "  - ", "id", parameter.Id);
            Key(yaml, "    ", "label", parameter.Label);
            if (parameter.Kind != ParameterKind.Text)
            {
                Key(yaml, "    ", "type", parameter.Kind.ToWritten());
            }

            Key(yaml, "    ", "default", parameter.Default);
            Key(yaml, "    ", "published", parameter.Published);
            if (parameter.Published is not null && parameter.Kind.IsMeasured())
            {
                Key(yaml, "    ", "stricter", parameter.Stricter == Strictness.Lower ? "lower" : "higher");
            }
        }

        yaml.Append(catalogue.Segments.Count == 0 ? "segments: []\n" : "segments:\n");
        foreach (var segment in catalogue.Segments)
        {
            Key(yaml, "  - ", "id", segment.Id);
            Key(yaml, "    ", "label", segment.Label);
            if (segment.Description.Length > 0)
            {
                Key(yaml, "    ", "description", segment.Description);
            }

            if (segment.Options.Count > 0)
            {
                yaml.Append("    options:\n");
                foreach (var option in segment.Options)
                {
                    Key(yaml, "      - ", "id", option.Id);
                    Key(yaml, "        ", "label", option.Label);
                    Key(yaml, "        ", "description", option.Description.Length > 0 ? option.Description : null);
                    yaml.Append("        exclude_points:\n");
                    foreach (var point in option.ExcludePoints)
                    {
                        yaml.Append("          - ").Append(YamlScalar.Format(point)).Append('\n');
                    }
                }
            }
        }

        return yaml.ToString();
    }

    private static void Key(StringBuilder yaml, string indent, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append(indent).Append(key).Append(": ").Append(YamlScalar.Format(value)).Append('\n');
        }
    }
}
