using Clausier.Core.Diagnostics;
using Clausier.Core.Text;

namespace Clausier.Core.Loading;

/// <summary>The fields of one heading, checked against the names allowed there.</summary>
internal sealed class FieldSet
{
    private readonly Dictionary<string, FieldValue> _values = new(StringComparer.OrdinalIgnoreCase);

    public FieldSet(IReadOnlyList<FieldValue> fields, string[] allowed, MessageText owner, DiagnosticBag diagnostics)
    {
        foreach (var field in fields)
        {
            var name = allowed.FirstOrDefault(a => string.Equals(a, field.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1111", field.NameLocation, field.Name, owner, Suggestions.Hint(field.Name, allowed));
            }
            else if (!_values.TryAdd(name, field))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1119", field.NameLocation, name, owner);
            }
        }
    }

    public FieldValue? this[string name] => _values.GetValueOrDefault(name);
}
