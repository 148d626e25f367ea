using Clausier.Core.Forms;

namespace Clausier.Word.Docx;

internal enum FieldControl
{
    DropDown,
    RichText,
    PlainText,
    Date,
}

/// <summary>What a form field becomes: its control type and the contract's tag, alias and placeholder (docs/form-contract.md).</summary>
/// <param name="PlaceholderKey">Names the glossary building block holding the placeholder sentence.</param>
internal sealed record FieldSpec(string Tag, string Alias, FieldControl Control, string Placeholder, string PlaceholderKey)
{
    /// <summary>The field <paramref name="name"/> of <paramref name="scope"/> (a point id or <c>candidate</c>); null when the scope has no such field.</summary>
    public static FieldSpec? Resolve(string scope, string name)
    {
        if (scope == FormContract.CandidateScope)
        {
            var candidate = FormContract.CandidateFields.FirstOrDefault(f => f.Name == name);
            return candidate is null
                ? null
                : new FieldSpec(
                    FormContract.CandidateTag(name),
                    candidate.Label,
                    candidate.IsDate ? FieldControl.Date : FieldControl.PlainText,
                    candidate.Placeholder,
                    $"Candidate_{name}");
        }

        foreach (var field in Enum.GetValues<FormField>())
        {
            if (FormContract.FieldName(field) == name)
            {
                return new FieldSpec(
                    FormContract.PointTag(scope, field),
                    FormContract.Alias(scope, field),
                    ControlOf(field),
                    FormContract.Placeholder(field),
                    $"Point_{name}");
            }
        }

        return null;
    }

    /// <summary>Field names a scope accepts, for diagnostics.</summary>
    public static string KnownNames(string scope) => scope == FormContract.CandidateScope
        ? string.Join(", ", FormContract.CandidateFields.Select(f => f.Name))
        : string.Join(", ", Enum.GetValues<FormField>().Select(FormContract.FieldName));

    private static FieldControl ControlOf(FormField field) => field switch
    {
        FormField.Status => FieldControl.DropDown,
        FormField.Answer => FieldControl.RichText,
        FormField.Evidence => FieldControl.PlainText,
        _ => FieldControl.Date,
    };
}
