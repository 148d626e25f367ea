using Clausier.Core.Annex;
using Clausier.Core.Forms;
using Clausier.Core.Model;
using Clausier.Word.Docx;
using Clausier.Word.Markdown.FormFields;
using Clausier.Word.Wml;

namespace Clausier.Word.Renderers.Inlines;

/// <summary>
/// <c>[[O-7.2:status Oui|Non]]</c> → a run-level content control with the contract's tag, alias and
/// placeholder (docs/form-contract.md), locked against deletion. Fields live in table cells only.
/// </summary>
internal sealed class FormFieldRenderer : WordObjectRenderer<FormFieldInline>
{
    protected override void Write(WordRenderer renderer, FormFieldInline field)
    {
        var state = renderer.State;
        if (!state.InCell.Current)
        {
            state.Diagnostics.Error(WordDiagnosticIds.FieldOutsideTable, $"form field {field} must be in a table cell (an answer table or the candidate block)", state.At(field));
            return;
        }

        var spec = FieldSpec.Resolve(field.Scope, field.Name);
        if (spec is null)
        {
            state.Diagnostics.Error(WordDiagnosticIds.UnknownField, $"unknown field '{field.Name}' in {field}; fields of this scope are: {FieldSpec.KnownNames(field.Scope)}", state.At(field));
            return;
        }

        if (!state.FieldTags.Add(spec.Tag))
        {
            state.Diagnostics.Error(WordDiagnosticIds.DuplicateField, $"field {spec.Tag} appears more than once; only the first is a control", state.At(field));
            return;
        }

        var point = field.Scope == FormContract.CandidateScope ? null : state.Point(field.Scope);
        if (field.Scope != FormContract.CandidateScope && point is null)
        {
            state.Diagnostics.Warning(WordDiagnosticIds.PointNotInManifest, $"field {field} refers to point {field.Scope}, which is not in the manifest", state.At(field));
        }

        if (spec.Control != FieldControl.DropDown && field.Items.Count > 0)
        {
            state.Diagnostics.Error(WordDiagnosticIds.ItemsNotAllowed, $"only a status field takes items; those of {field} are ignored", state.At(field));
        }

        var items = spec.Control == FieldControl.DropDown ? StatusItems(field, point, state.Manifest) : [];
        var docPart = $"Clausier_{spec.PlaceholderKey}";
        state.Placeholders[docPart] = spec.Placeholder;
        var placeholder = state.Run(spec.Placeholder, field, new WmlElement(W.RunProperties).Add(new WmlElement(W.RunStyle).Set(W.Val, state.Styles.Id(StyleNames.PlaceholderText))))!;
        state.Inlines.Current?.Add(ContentControls.Field(spec, items, state.Ids.Next(), docPart, placeholder));
    }

    /// <summary>Items written in the field, or else those the contract offers for the point's answer type.</summary>
    private static IReadOnlyList<string> StatusItems(FormFieldInline field, ManifestPoint? point, AnnexManifest manifest) =>
        field.Items.Count > 0
            ? field.Items
            : FormContract.StatusesFor(point?.AnswerType ?? AnswerType.YesNo, manifest.Identity.AllowPartial)
                .Select(FormContract.StatusText)
                .ToList();
}
