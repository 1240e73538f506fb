using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Server.Resources;
using Vocab.Server.Web.Curation;

namespace Vocab.Server.Tests.Curation;

/// <summary>The propose form's input rules and its translation into patch steps.</summary>
public sealed class ProposeFormTests
{
    private const string Concept = "https://w3id.org/vocab/technique/HAADFSTEM";

    private static readonly ProposeFormValidator Validator = new(
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<CurationText>>());

    [Theory]
    [InlineData("", "en", "Text")]
    [InlineData("HAADF", "english!", "Lang")]
    [InlineData("two\nlines", "en", "Text")]
    public void Validator_badLabelInput_namesTheField(string text, string lang, string field)
    {
        var form = new ProposeForm { Kind = ProposalKind.AddLabel, Concept = Concept, Text = text, Lang = lang };

        var result = Validator.Validate(form);

        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public void Validator_hugeLabelAndRationale_areRefused()
    {
        var form = new ProposeForm
        {
            Kind = ProposalKind.AddLabel,
            Concept = Concept,
            Text = new string('x', PatchValidator.MaxLabelLength + 1),
            Rationale = new string('y', ProposeFormValidator.MaxRationaleLength + 1),
        };

        var result = Validator.Validate(form);

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ProposeForm.Text));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ProposeForm.Rationale));
    }

    [Fact]
    public void Validator_newConceptWithoutSchemeOrLabel_isRefused_inJapanese()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ja");
        try
        {
            var result = Validator.Validate(new ProposeForm { Kind = ProposalKind.NewConcept });

            Assert.Contains(result.Errors, e => e.PropertyName == nameof(ProposeForm.Scheme) && e.ErrorMessage.Contains("スキーム", StringComparison.Ordinal));
            Assert.Contains(result.Errors, e => e.PropertyName == nameof(ProposeForm.PrefEn));
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not an iri")]
    public void Validator_mappingToNonHttpIri_isRefused(string external)
    {
        var form = new ProposeForm { Kind = ProposalKind.Mapping, Concept = Concept, External = external };

        Assert.Contains(Validator.Validate(form).Errors, e => e.PropertyName == nameof(ProposeForm.External));
    }

    [Fact]
    public void ToOperations_changeLabel_removesTheOldAndAddsTheNewOfTheSameKindAndLanguage()
    {
        var old = new Label("HAADF法", "ja", LabelKind.Alt);
        var form = new ProposeForm { Kind = ProposalKind.ChangeLabel, Concept = Concept, ExistingLabel = ProposeForm.LabelKey(old), Text = " HAADF-STEM法 " };

        var ops = form.ToOperations();

        Assert.True(Validator.Validate(form).IsValid);
        Assert.Equal(
            [new PatchOperation(PatchOp.RemoveLabel, Concept, "HAADF法", "ja", LabelKind.Alt), new PatchOperation(PatchOp.AddLabel, Concept, "HAADF-STEM法", "ja", LabelKind.Alt)],
            ops);
    }

    [Fact]
    public void ToOperations_newConcept_leavesTheIriToTheServiceAndAddsEveryGivenPart()
    {
        var form = new ProposeForm
        {
            Kind = ProposalKind.NewConcept,
            Scheme = "https://w3id.org/vocab/technique",
            PrefEn = "4D-STEM",
            PrefJa = "4次元STEM",
            AltEn = "4DSTEM\n\n 4D STEM ",
            DefinitionEn = "Scanning diffraction.",
            Broader = "https://w3id.org/vocab/technique/ElectronMicroscopy",
        };

        var ops = form.ToOperations();

        Assert.True(Validator.Validate(form).IsValid);
        Assert.All(ops, o => Assert.Equal("", o.Concept));
        Assert.Equal([PatchOp.CreateConcept, PatchOp.AddLabel, PatchOp.AddLabel, PatchOp.AddLabel, PatchOp.AddLabel, PatchOp.SetDefinition, PatchOp.AddRelation], ops.Select(o => o.Op));
        Assert.Contains(ops, o => o is { Op: PatchOp.AddLabel, Text: "4D STEM", Lang: "en", LabelKind: LabelKind.Alt });
    }

    [Fact]
    public void BarChartLayout_smallNonZeroValue_staysVisible_andZeroIsEmpty()
    {
        var rows = new[] { new BarRow("a", null, [1000, 1]), new BarRow("b", null, [0, 0]) };

        var scale = BarChartLayout.Scale(rows, stacked: true);

        Assert.Equal(1001, scale);
        Assert.Equal(1, BarChartLayout.Width(1, scale));
        Assert.Equal(0, BarChartLayout.Width(0, scale));
        Assert.Equal(BarChartLayout.BarWidth, BarChartLayout.Width(1001, scale));
    }
}
