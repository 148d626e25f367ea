using Clausier.Core.Diagnostics;
using Clausier.Core.Text;

namespace Clausier.Core.Loading;

/// <summary>The fields of one heading, checked against the names allowed there.</summary>
internal sealed class FieldSet
{
    private readonly Dictionary<string, FieldValue> _values = new(StringComparer.OrdinalIgnoreCase);

    public FieldSet(IReadOnlyList<FieldValue> fields, string[] allowed, string owner, DiagnosticBag diagnostics)
    {
        foreach (var field in fields)
        {
            var name = allowed.FirstOrDefault(a => string.Equals(a, field.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                diagnostics.Error(DiagnosticIds.UnknownField,
                    $"Unknown field '{field.Name}' on {owner}.{Suggestions.DidYouMean(field.Name, allowed)}", field.NameLocation);
            }
            else if (!_values.TryAdd(name, field))
            {
                diagnostics.Error(DiagnosticIds.DuplicateField, $"Field '{name}' appears twice on {owner}.", field.NameLocation);
            }
        }
    }

    public FieldValue? this[string name] => _values.GetValueOrDefault(name);
}
