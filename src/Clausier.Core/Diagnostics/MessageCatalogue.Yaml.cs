using System.Collections.Frozen;

namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// YamlDotNet's own messages for the mistakes a hand-written YAML file most often holds: the key is
    /// <c>yaml.</c> and a name, the English is YamlDotNet's message word for word (braces doubled), the
    /// French says the same to the buyer. Any other message gets <c>yaml.other</c>.
    /// </summary>
    private static Dictionary<string, MessageText> YamlTemplates() => new(StringComparer.Ordinal)
    {
        ["yaml.mapping-values"] = new("Mapping values are not allowed in this context.",
            "deux-points («\u00A0:\u00A0») inattendu\u00A0: une valeur qui en contient doit être entre guillemets, sinon l’indentation est fausse"),
        ["yaml.mapping-keys"] = new("Mapping keys are not allowed in this context.",
            "une clé apparaît là où elle n’est pas permise\u00A0: vérifiez l’indentation"),
        ["yaml.block-mapping-key"] = new("While parsing a block mapping, did not find expected key.",
            "une clé était attendue\u00A0: l’indentation de cette ligne ne correspond pas à celle des clés voisines"),
        ["yaml.simple-key"] = new("While scanning a simple key, could not find expected ':'.",
            "cette clé n’est pas suivie d’un deux-points («\u00A0:\u00A0»)"),
        ["yaml.block-collection"] = new("While parsing a block collection, did not find expected '-' indicator.",
            "un élément de liste («\u00A0-\u00A0») était attendu\u00A0: cette ligne n’est pas alignée sur les éléments de la liste"),
        ["yaml.block-sequence"] = new("Block sequence entries are not allowed in this context.",
            "un élément de liste («\u00A0-\u00A0») apparaît là où une valeur simple était attendue\u00A0: vérifiez l’indentation"),
        ["yaml.plain-mapping"] = new("While scanning a plain scalar value, found invalid mapping.",
            "une valeur sans guillemets contient un deux-points («\u00A0:\u00A0»)\u00A0: mettez-la entre guillemets"),
        ["yaml.multiline-mapping"] = new("While scanning a multiline plain scalar, found invalid mapping.",
            "une valeur sans guillemets sur plusieurs lignes contient un deux-points («\u00A0:\u00A0»)\u00A0: mettez-la entre guillemets"),
        ["yaml.tab-mapping"] = new("While scanning a mapping, found invalid tab as indentation.",
            "une tabulation sert d’indentation\u00A0: indentez avec des espaces"),
        ["yaml.tab-plain"] = new("While scanning a plain scalar, found a tab character that violate indentation.",
            "une tabulation rompt l’indentation d’une valeur\u00A0: indentez avec des espaces"),
        ["yaml.quoted-end"] = new("While scanning a quoted scalar, found unexpected end of stream.",
            "un guillemet ouvert n’est jamais refermé"),
        ["yaml.quoted-escape"] = new("While scanning a quoted scalar, found unknown escape character.",
            "une valeur entre guillemets doubles contient une barre oblique inverse («\u00A0\\\u00A0») suivie d’un caractère inconnu\u00A0: doublez-la, ou mettez la valeur entre guillemets simples"),
        ["yaml.flow-sequence"] = new("While parsing a flow sequence, did not find expected ',' or ']'.",
            "une liste entre crochets n’est pas refermée («\u00A0]\u00A0») ou ses éléments ne sont pas séparés par des virgules"),
        ["yaml.flow-mapping"] = new("While parsing a flow mapping, did not find expected ',' or '}}'.",
            "une table entre accolades n’est pas refermée («\u00A0}}\u00A0») ou ses entrées ne sont pas séparées par des virgules"),
        ["yaml.flow-mapping-spaced"] = new("While parsing a flow mapping,  did not find expected ',' or '}}'.",
            "une table entre accolades n’est pas refermée («\u00A0}}\u00A0») ou ses entrées ne sont pas séparées par des virgules"),
        ["yaml.node-content"] = new("While parsing a node, did not find expected node content.",
            "une valeur était attendue à cet endroit"),
        ["yaml.other"] = new("the text is not valid YAML here", "le texte n’est pas du YAML valide à cet endroit"),
    };

    /// <summary>
    /// A YamlDotNet message as a message argument: its own words in English (the CLI), their French from
    /// <c>yaml.*</c> for the buyer. The message may carry YamlDotNet's "(Line: …): " prefix.
    /// </summary>
    public static MessageText YamlReason(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = message.Split('\n')[0];
        var cut = line.LastIndexOf("): ", StringComparison.Ordinal);
        var own = (cut >= 0 ? line[(cut + 3)..] : line).Trim();
        return new(message, Format(YamlReasons.KeyOf.GetValueOrDefault(own, "yaml.other")).French);
    }

    /// <summary>Built on first use, once <see cref="Templates"/> exists.</summary>
    private static class YamlReasons
    {
        internal static readonly FrozenDictionary<string, string> KeyOf = Templates
            .Where(t => t.Key.StartsWith("yaml.", StringComparison.Ordinal) && t.Key != "yaml.other")
            .ToFrozenDictionary(t => Format(t.Key).English, t => t.Key, StringComparer.Ordinal);
    }
}
