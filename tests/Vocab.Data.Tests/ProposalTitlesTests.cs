using System.Text;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Rdf;
using Vocab.Rdf.Skos;

namespace Vocab.Data.Tests;

/// <summary>
/// The one title writer, over tests/data/curation/mini.ttl with the server's own English and Japanese words: the stored
/// title is English, pages get their language's words and quotes, and no title outgrows 400 characters or splits a character.
/// </summary>
public sealed class ProposalTitlesTests
{
    private const string Ns = CurationFixture.Ns;

    private static readonly Thesaurus Mini = Load();

    [Fact]
    public void Stored_addLabel_isEnglishWithCurlyQuotes()
    {
        var title = ProposalTitles.Stored(Mini, ProposalKind.AddLabel, [new(PatchOp.AddLabel, Ns + "Tem", "TEM-Bild", "de", LabelKind.Alt)], TitleWordings.English);

        Assert.Equal("Add alternative label “TEM-Bild”@de to “transmission electron microscopy”", title);
    }

    [Fact]
    public void Describe_japaneseWording_usesCornerQuotesAndJapaneseNames()
    {
        var title = ProposalTitles.Describe(Mini, ProposalKind.AddLabel, [new(PatchOp.AddLabel, Ns + "Tem", "TEM-Bild", "de", LabelKind.Alt)], TitleWordings.Japanese, "ja", ["en"]);

        Assert.Equal("「透過電子顕微鏡法」に代替ラベル「TEM-Bild」@de を追加", title);
    }

    [Fact]
    public void Describe_conceptWithoutALabelInTheLanguage_isNamedInTheFallback()
    {
        var title = ProposalTitles.Describe(Mini, ProposalKind.Deprecate, [new(PatchOp.Deprecate, Ns + "Hrtem")], TitleWordings.Japanese, "ja", ["en"]);

        Assert.Equal("「high-resolution TEM」を廃止", title);
    }

    [Theory]
    [InlineData(PatchOp.AddRelation, "Add broader: “conventional TEM” → “microscopy”")]
    [InlineData(PatchOp.RemoveRelation, "Remove broader: “conventional TEM” → “microscopy”")]
    public void Stored_relation_namesTheRelationFromTheEnglishWords(PatchOp op, string expected)
    {
        var title = ProposalTitles.Stored(Mini, ProposalKind.Relation, [new(op, Ns + "Ctem", Relation: "broader", Target: Ns + "Microscopy")], TitleWordings.English);

        Assert.Equal(expected, title);
    }

    [Fact]
    public void Stored_newConcept_isNamedByItsEnglishPreferredLabel()
    {
        PatchOperation[] patch =
        [
            new(PatchOp.CreateConcept, Ns + "Stem"),
            new(PatchOp.AddLabel, Ns + "Stem", "走査透過電子顕微鏡法", "ja", LabelKind.Pref),
            new(PatchOp.AddLabel, Ns + "Stem", "STEM", "en", LabelKind.Alt),
            new(PatchOp.AddLabel, Ns + "Stem", "scanning TEM", "en", LabelKind.Pref),
        ];

        Assert.Equal("New concept “scanning TEM”", ProposalTitles.Stored(Mini, ProposalKind.NewConcept, patch, TitleWordings.English));
    }

    [Fact]
    public void Stored_unknownConcept_isNamedByItsIri()
    {
        var title = ProposalTitles.Stored(Mini, ProposalKind.Merge, [new(PatchOp.Merge, Ns + "Gone", Target: Ns + "Tem")], TitleWordings.English);

        Assert.Equal($"Merge <{Ns}Gone> into “transmission electron microscopy”", title);
    }

    [Fact]
    public void Describe_patchWithoutTheStepItsKindNames_isNullAndStoredAsTheKind()
    {
        PatchOperation[] definitionOnly = [new(PatchOp.SetDefinition, Ns + "Tem", "A beam through a thin sample.", "en")];

        Assert.Null(ProposalTitles.Describe(Mini, ProposalKind.AddLabel, definitionOnly, TitleWordings.English, "en", []));
        Assert.Null(ProposalTitles.Describe(Mini, ProposalKind.Definition, [], TitleWordings.English, "en", []));
        Assert.Equal("AddLabel", ProposalTitles.Stored(Mini, ProposalKind.AddLabel, definitionOnly, TitleWordings.English));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Stored_cutInsideASurrogatePair_keepsWholeCharacters(int pad)
    {
        // 𠮷 is one character in two UTF-16 units; one of the two paddings puts the cut between them.
        var target = "https://example.org/" + new string('a', pad) + string.Concat(Enumerable.Repeat("\U00020BB7", 300));

        var title = ProposalTitles.Stored(Mini, ProposalKind.Mapping, [new(PatchOp.AddMapping, Ns + "Tem", Relation: "exactMatch", Target: target)], TitleWordings.English);

        Assert.StartsWith("Add exactMatch of “transmission electron microscopy” to <https://example.org/", title, StringComparison.Ordinal);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.InRange(title.Length, ProposalTitles.MaxLength - 1, ProposalTitles.MaxLength);
        Assert.DoesNotContain(Rune.ReplacementChar, title.EnumerateRunes());
    }

    private static Thesaurus Load()
    {
        var projection = new ThesaurusProjection();
        var path = TestPaths.TestData("curation", "mini.ttl");
        using var reader = new StreamReader(path);
        foreach (var quad in new TurtleParser().Parse(reader, new RdfParserOptions { BaseIri = new Uri(path).AbsoluteUri }))
        {
            projection.Add(quad);
        }

        return projection.Current;
    }
}
