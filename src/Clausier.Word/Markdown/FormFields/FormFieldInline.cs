using Markdig.Syntax.Inlines;

namespace Clausier.Word.Markdown.FormFields;

/// <summary>
/// A form field written <c>[[O-7.2:status Oui|Non]]</c>: scope (a point id or <c>candidate</c>),
/// field name and, for a status, the dropdown items.
/// </summary>
internal sealed class FormFieldInline : LeafInline
{
    public FormFieldInline(string scope, string name, IReadOnlyList<string> items)
    {
        Scope = scope;
        Name = name;
        Items = items;
    }

    public string Scope { get; }

    public string Name { get; }

    /// <summary>Items after the field name, split on <c>|</c>; empty when none were written.</summary>
    public IReadOnlyList<string> Items { get; }

    public override string ToString() =>
        Items.Count == 0 ? $"[[{Scope}:{Name}]]" : $"[[{Scope}:{Name} {string.Join('|', Items)}]]";
}
