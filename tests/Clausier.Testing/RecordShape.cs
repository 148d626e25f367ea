using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Clausier.Core.Diagnostics;

namespace Clausier.Testing;

/// <summary>
/// Every value an object graph of records holds, as indented text: public properties by name, lists in
/// order, dictionaries by key; source locations left out, since a value read back from another file
/// stands elsewhere. Two records with the same shape hold the same values, and a failing assertion
/// shows the line that differs. Walking the properties by reflection means a key added to the model
/// later is compared without anyone remembering to add it.
/// </summary>
public static class RecordShape
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null\n");
                return;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append("\"\n");
                return;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is Enum or DateTime or DateOnly or TimeOnly or decimal:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture)).Append('\n');
                return;
            case bool b:
                text.Append(b ? "true\n" : "false\n");
                return;
            case IDictionary dictionary:
                var entries = dictionary.Keys.Cast<object>().Select(k => (Key: Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", Value: dictionary[k]))
                    .OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                text.Append('{').Append(entries.Count).Append("}\n");
                foreach (var (key, item) in entries)
                {
                    Indent(text, depth + 1).Append('[').Append(key).Append("] ");
                    Write(text, item, depth + 1);
                }

                return;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                text.Append('[').Append(items.Count).Append("]\n");
                for (var i = 0; i < items.Count; i++)
                {
                    Indent(text, depth + 1).Append('#').Append(i).Append(' ');
                    Write(text, items[i], depth + 1);
                }

                return;
        }

        var type = value.GetType();
        text.Append(type.Name).Append('\n');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !typeof(SourceLocation).IsAssignableFrom(p.PropertyType))
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Indent(text, depth + 1).Append(property.Name).Append(": ");
            Write(text, property.GetValue(value), depth + 1);
        }
    }

    private static StringBuilder Indent(StringBuilder text, int depth) => text.Append(' ', depth * 2);
}
