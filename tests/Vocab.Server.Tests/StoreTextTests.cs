using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// Texts that one store keeps and the other refuses (PostgreSQL text holds neither NUL nor half a surrogate pair) get the
/// same answer on both: stored whole, or refused as invalid, never an exception.
/// </summary>
public sealed class StoreTextTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Haadf = "https://w3id.org/vocab/technique/HAADFSTEM";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CurationService Curation => factory.Services.GetRequiredService<CurationService>();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Propose_titleCutInsideASurrogatePair_isStoredWithoutHalfACharacter(int pad)
    {
        // 𠮷 is one character in two UTF-16 units; one of the two paddings puts the 400-character cut between them.
        var target = "https://example.org/" + new string('a', pad) + string.Concat(Enumerable.Repeat("\U00020BB7", 300));
        var draft = new ProposalDraft(ProposalKind.Mapping, [new PatchOperation(PatchOp.AddMapping, Haadf, Relation: "exactMatch", Target: target)], "");

        var outcome = await Curation.ProposeAsync(new CurationActor("title-" + pad, "T", Roles.Contributor), draft, Ct);

        Assert.True(outcome.Succeeded, outcome.Message);
        var title = (await Curation.GetAsync(outcome.ProposalId!.Value, Ct))!.Proposal.Title;
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        // Rune enumeration turns half a surrogate pair into U+FFFD; a whole title has none.
        Assert.DoesNotContain(Rune.ReplacementChar, title.EnumerateRunes());
    }

    [Fact]
    public async Task Propose_underAJapaneseUiCulture_storesTheEnglishTitle()
    {
        var draft = new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, Haadf, "HAADF保存タイトル", "ja", LabelKind.Alt)], "");
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja");
        CurationOutcome outcome;
        try
        {
            outcome = await Curation.ProposeAsync(new CurationActor("title-en", "T", Roles.Contributor), draft, Ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }

        Assert.True(outcome.Succeeded, outcome.Message);
        var title = (await Curation.GetAsync(outcome.ProposalId!.Value, Ct))!.Proposal.Title;
        Assert.Equal("Add alternative label “HAADF保存タイトル”@ja to “high-angle annular dark-field scanning transmission electron microscopy”", title);
    }

    [Fact]
    public async Task TextsWithNul_areRefusedAsInvalid()
    {
        var contributor = new CurationActor("nul-author", "N", Roles.Contributor);
        ProposalDraft Definition(string text, string rationale) =>
            new(ProposalKind.Definition, [new PatchOperation(PatchOp.SetDefinition, Haadf, text, "en")], rationale);

        Assert.Equal(CurationStatus.Invalid, (await Curation.ProposeAsync(contributor, Definition("A beam\0 scan.", ""), Ct)).Status);
        Assert.Equal(CurationStatus.Invalid, (await Curation.ProposeAsync(contributor, Definition("A beam scan.", "see\0 here"), Ct)).Status);
        var proposed = await Curation.ProposeAsync(contributor, Definition("A beam scan.", ""), Ct);
        Assert.True(proposed.Succeeded, proposed.Message);
        var id = proposed.ProposalId!.Value;

        Assert.Equal(CurationStatus.Invalid, (await Curation.CommentAsync(contributor, id, "nul\0 here", Ct)).Status);
        Assert.Equal(CurationStatus.Invalid, (await Curation.VoteAsync(new CurationActor("nul-expert", "E", Roles.Expert), id, 1, "nul\0 here", Ct)).Status);
        Assert.True((await Curation.CommentAsync(contributor, id, "no nul here", Ct)).Succeeded);
    }

    [Fact]
    public async Task DecisionReasonTokenNameAndImportedLiteral_withNul_areRefused()
    {
        var contributor = new CurationActor("nul-author-2", "N", Roles.Contributor);
        var proposed = await Curation.ProposeAsync(contributor, new ProposalDraft(ProposalKind.Definition,
            [new PatchOperation(PatchOp.SetDefinition, Haadf, "A focused beam scan.", "en")], ""), Ct);
        Assert.True(proposed.Succeeded, proposed.Message);
        var editor = new CurationActor("nul-editor", "E", Roles.Editor);
        Assert.Equal(CurationStatus.Invalid, (await Curation.DecideAsync(editor, proposed.ProposalId!.Value, accept: false, "no\0 reason", Ct)).Status);

        var owner = await factory.CreateUserAsync(Roles.Contributor);
        Assert.Null(await factory.Services.GetRequiredService<ApiTokenService>().CreateAsync(owner.Id, "pipe\0line", [TokenScopes.Normalize], null, Ct));

        var store = factory.Services.GetRequiredService<VocabStore>();
        var before = await store.GetLastSequenceAsync(Ct);
        var client = await factory.TokenClientAsync(Roles.Admin, TokenScopes.Import);
        var response = await client.PostAsync("/api/v1/import",
            new StringContent("<https://example.org/n> <http://www.w3.org/2004/02/skos/core#prefLabel> \"nul\\u0000here\"@en .\n", Encoding.UTF8, "application/n-triples"), Ct);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("U+0000", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await store.GetLastSequenceAsync(Ct));
    }
}
