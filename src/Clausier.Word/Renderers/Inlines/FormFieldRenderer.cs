using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
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
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3102", state.At(field), field);
            return;
        }

        var spec = FieldSpec.Resolve(field.Scope, field.Name);
        if (spec is null)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3101", state.At(field), field.Name, field, FieldSpec.KnownNames(field.Scope));
            return;
        }

        if (!state.FieldTags.Add(spec.Tag))
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3104", state.At(field), spec.Tag);
            return;
        }

        var point = field.Scope == FormContract.CandidateScope ? null : state.Point(field.Scope);
        if (field.Scope != FormContract.CandidateScope && point is null)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Warning, "CLZ3103.field", state.At(field), field, field.Scope);
        }

        if (spec.Control != FieldControl.DropDown && field.Items.Count > 0)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3105", state.At(field), field);
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
