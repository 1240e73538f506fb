using FluentValidation;
using Microsoft.Extensions.Localization;
using Vocab.Core.Curation;
using Vocab.Server.Resources;

namespace Vocab.Server.Web.Curation;

/// <summary>
/// Input rules of the propose form (required fields, lengths, language tags, IRIs), checked as the user types and
/// again on submit. The thesaurus rules (clashes, cycles, deprecated concepts) are the curation service's, not these.
/// Messages are looked up when a rule fails, so they follow the UI language of the moment.
/// </summary>
public sealed class ProposeFormValidator : AbstractValidator<ProposeForm>
{
    /// <summary>Longest rationale, in characters (the service allows more; a form field this long is a mistake).</summary>
    public const int MaxRationaleLength = 10_000;

    /// <summary>Longest list of a new concept's alternative labels in one language (all lines), in characters.</summary>
    public const int MaxAltLabelsLength = 8_000;

    /// <summary>
    /// The most characters a field takes (its maxlength): a little over the rule's limit, so a paste that is too long
    /// shows the field's message instead of being cut silently, and bounded, so the value always fits in one message
    /// of the interactive circuit (a field's value is sent whole on every input, up to six bytes a character; a message
    /// over the circuit's limit closes the connection and the form stops answering).
    /// </summary>
    public static int InputCap(int limit) => limit + 100;

    /// <summary>Builds the rules.</summary>
    public ProposeFormValidator(IStringLocalizer<CurationText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string Message(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.CurrentCulture, text[key], args);

        RuleFor(f => f.Rationale).MaximumLength(MaxRationaleLength).WithMessage(_ => Message("VTooLong", MaxRationaleLength));

        When(f => f.Kind == ProposalKind.NewConcept, () =>
        {
            RuleFor(f => f.Scheme).Must(PatchValidator.IsHttpIri).WithMessage(_ => Message("VSchemeRequired"));
            RuleFor(f => f.PrefEn).Must((f, _) => !string.IsNullOrWhiteSpace(f.PrefEn) || !string.IsNullOrWhiteSpace(f.PrefJa))
                .WithMessage(_ => Message("VPrefRequired"));
            RuleFor(f => f.PrefEn).Must(NoLineBreak).MaximumLength(PatchValidator.MaxLabelLength)
                .WithMessage(_ => Message("VLabelLength", PatchValidator.MaxLabelLength));
            RuleFor(f => f.PrefJa).Must(NoLineBreak).MaximumLength(PatchValidator.MaxLabelLength)
                .WithMessage(_ => Message("VLabelLength", PatchValidator.MaxLabelLength));
            RuleFor(f => f.AltEn).Must(AllLinesShort).WithMessage(_ => Message("VLabelLength", PatchValidator.MaxLabelLength));
            RuleFor(f => f.AltJa).Must(AllLinesShort).WithMessage(_ => Message("VLabelLength", PatchValidator.MaxLabelLength));
            RuleFor(f => f.AltEn).MaximumLength(MaxAltLabelsLength).WithMessage(_ => Message("VTooLong", MaxAltLabelsLength));
            RuleFor(f => f.AltJa).MaximumLength(MaxAltLabelsLength).WithMessage(_ => Message("VTooLong", MaxAltLabelsLength));
            RuleFor(f => f.DefinitionEn).MaximumLength(PatchValidator.MaxDefinitionLength)
                .WithMessage(_ => Message("VTooLong", PatchValidator.MaxDefinitionLength));
            RuleFor(f => f.DefinitionJa).MaximumLength(PatchValidator.MaxDefinitionLength)
                .WithMessage(_ => Message("VTooLong", PatchValidator.MaxDefinitionLength));
            RuleFor(f => f.Broader).Must(b => string.IsNullOrEmpty(b) || PatchValidator.IsHttpIri(b)).WithMessage(_ => Message("VConceptRequired"));
        });

        When(f => f.Kind != ProposalKind.NewConcept, () =>
            RuleFor(f => f.Concept).Must(PatchValidator.IsHttpIri).WithMessage(_ => Message("VConceptRequired")));

        When(f => f.Kind is ProposalKind.AddLabel or ProposalKind.ChangeLabel, () =>
        {
            RuleFor(f => f.Text).NotEmpty().WithMessage(_ => Message("VLabelRequired"));
            RuleFor(f => f.Text).Must(NoLineBreak).MaximumLength(PatchValidator.MaxLabelLength)
                .WithMessage(_ => Message("VLabelLength", PatchValidator.MaxLabelLength));
        });

        When(f => f.Kind is ProposalKind.AddLabel or ProposalKind.Definition, () =>
            RuleFor(f => f.Lang).Must(l => PatchValidator.IsLanguageTag(l?.Trim())).WithMessage(_ => Message("VLang")));

        When(f => f.Kind is ProposalKind.ChangeLabel or ProposalKind.RemoveLabel, () =>
            RuleFor(f => f.ExistingLabel).Must((f, _) => f.SelectedLabel() is not null).WithMessage(_ => Message("VExistingLabel")));

        When(f => f.Kind == ProposalKind.ChangeLabel, () =>
            RuleFor(f => f.Text).Must((f, t) => f.SelectedLabel() is not { } old || !string.Equals(old.Text, t.Trim(), StringComparison.Ordinal))
                .WithMessage(_ => Message("VSameLabel")));

        When(f => f.Kind == ProposalKind.Definition, () =>
        {
            RuleFor(f => f.Text).NotEmpty().WithMessage(_ => Message("VDefinitionRequired"));
            RuleFor(f => f.Text).MaximumLength(PatchValidator.MaxDefinitionLength).WithMessage(_ => Message("VTooLong", PatchValidator.MaxDefinitionLength));
        });

        When(f => f.Kind is ProposalKind.Relation or ProposalKind.Merge, () =>
            RuleFor(f => f.Target).Must(PatchValidator.IsHttpIri).WithMessage(_ => Message("VTargetRequired")));

        When(f => f.Kind == ProposalKind.Relation, () =>
            RuleFor(f => f.Relation).Must(r => PatchOperation.Relations.Contains(r)).WithMessage(_ => Message("VRelation")));

        When(f => f.Kind == ProposalKind.Deprecate, () =>
            RuleFor(f => f.Target).Must(t => string.IsNullOrEmpty(t) || PatchValidator.IsHttpIri(t)).WithMessage(_ => Message("VTargetRequired")));

        When(f => f.Kind == ProposalKind.Mapping, () =>
        {
            RuleFor(f => f.MappingKind).Must(m => PatchOperation.MappingRelations.Contains(m)).WithMessage(_ => Message("VRelation"));
            RuleFor(f => f.External).Must(e => PatchValidator.IsHttpIri(e.Trim())).WithMessage(_ => Message("VExternalIri"));
        });

        When(f => f.Kind is ProposalKind.Relation or ProposalKind.Merge or ProposalKind.Deprecate, () =>
            RuleFor(f => f.Target).Must((f, t) => t is null || !string.Equals(t, f.Concept, StringComparison.Ordinal)).WithMessage(_ => Message("VTargetSelf")));
    }

    private static bool NoLineBreak(string? text) => text is null || !text.Contains('\n', StringComparison.Ordinal);

    private static bool AllLinesShort(string text) => ProposeForm.Lines(text).All(l => l.Length <= PatchValidator.MaxLabelLength);
}
