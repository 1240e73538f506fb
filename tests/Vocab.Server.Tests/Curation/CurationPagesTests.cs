using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests.Curation;

/// <summary>The curation pages as served (prerendered HTML): who may open which, and what each shows.</summary>
public sealed partial class CurationPagesTests(CurationPagesFactory factory) : IClassFixture<CurationPagesFactory>
{
    private const string Haadf = "https://w3id.org/vocab/technique/HAADFSTEM";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/propose")]
    [InlineData("/review")]
    [InlineData("/unmatched")]
    [InlineData("/me")]
    public async Task Guarded_page_anonymous_redirectsToSignIn(string path)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/propose", Roles.Reader)]
    [InlineData("/review", Roles.Contributor)]
    [InlineData("/unmatched", Roles.Contributor)]
    public async Task Guarded_page_roleTooLow_isAccessDenied(string path, string role)
    {
        var client = await factory.SignedInClientAsync(role, cancellationToken: Ct);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/propose", Roles.Contributor, "Propose a change")]
    [InlineData("/review", Roles.Expert, "Review queue")]
    [InlineData("/review", Roles.Admin, "Review queue")]
    [InlineData("/unmatched", Roles.Expert, "Unmatched labels")]
    [InlineData("/me", Roles.Reader, "My activity")]
    [InlineData("/dashboard", null, "Dashboard")]
    public async Task Page_sufficientRole_renders(string path, string? role, string heading)
    {
        var client = role is null ? factory.CreateClient() : await factory.SignedInClientAsync(role, cancellationToken: Ct);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>" + heading + "</h1>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_links_followTheRole()
    {
        var anonymous = await factory.CreateClient().GetStringAsync("/dashboard", Ct);
        var expert = await (await factory.SignedInClientAsync(Roles.Expert, cancellationToken: Ct)).GetStringAsync("/dashboard", Ct);

        Assert.Contains("href=\"/dashboard\"", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/propose\"", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/review\"", anonymous, StringComparison.Ordinal);
        Assert.Contains("href=\"/propose\"", expert, StringComparison.Ordinal);
        Assert.Contains("href=\"/review\"", expert, StringComparison.Ordinal);
        Assert.Contains("href=\"/unmatched\"", expert, StringComparison.Ordinal);
        Assert.Contains("href=\"/me\"", expert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_page_showsDiffAndSafeMarkdown_andNoControlsForAnonymous()
    {
        var id = await ProposeAsync("contributor-a", Roles.Contributor, "HAADF page test",
            "**why** <script>alert(1)</script> [x](javascript:alert(1))");

        var response = await factory.CreateClient().GetAsync("/proposals/" + id, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<li class=\"added\">", html, StringComparison.Ordinal);
        Assert.Contains("<q lang=\"en\">HAADF page test</q>", html, StringComparison.Ordinal);
        Assert.Contains("alternative label", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/concept/technique/HAADFSTEM\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>why</strong>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("at least 3", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"vote-up\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"accept\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"withdraw\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_page_ownProposal_disablesVoteAndDecision_withTheReason()
    {
        var id = await ProposeAsync("editor-author", Roles.Editor, "HAADF own test", "");
        var author = await factory.SignedInClientAsync(Roles.Editor, "editor-author", Ct);

        var html = await author.GetStringAsync("/proposals/" + id, Ct);

        Assert.Matches("<button[^>]*id=\"vote-up\"[^>]*disabled", html);
        Assert.Contains("you cannot vote on your own proposal", html, StringComparison.Ordinal);
        Assert.Contains("you cannot accept or reject your own proposal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"accept\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"withdraw\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_page_otherEditor_seesVoteAndDecision_thenTheAppliedChange()
    {
        var id = await ProposeAsync("contributor-b", Roles.Contributor, "HAADF decided test", "");
        var editorUser = await factory.EnsureUserAsync("editor-other", Roles.Editor);
        var editor = await factory.SignedInClientAsync(Roles.Editor, "editor-other", Ct);

        var open = await editor.GetStringAsync("/proposals/" + id, Ct);
        var outcome = await Curation.DecideAsync(CurationPagesFactory.ActorOf(editorUser), id, accept: true, "well sourced", Ct);
        var decided = await editor.GetStringAsync("/proposals/" + id, Ct);

        Assert.DoesNotMatch("<button[^>]*id=\"vote-up\"[^>]*disabled", open);
        Assert.Contains("id=\"accept\"", open, StringComparison.Ordinal);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains($"href=\"/api/v1/changes?since={outcome.AppliedSeq - 1}\"", decided, StringComparison.Ordinal);
        Assert.Contains("well sourced", decided, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"accept\"", decided, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"vote-up\"", decided, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_page_unknownId_is404()
    {
        var response = await factory.CreateClient().GetAsync("/proposals/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Propose_page_queryPrefillsTheForm()
    {
        var client = await factory.SignedInClientAsync(Roles.Contributor, cancellationToken: Ct);

        var html = await client.GetStringAsync("/propose?kind=AddLabel&concept=" + Uri.EscapeDataString(Haadf) + "&label=HAADF%20prefill&lang=en&labelKind=Hidden", Ct);

        Assert.Matches("<input id=\"text\"[^>]*value=\"HAADF prefill\"", html);
        Assert.Matches("<option value=\"AddLabel\"[^>]*selected", html);
        Assert.Matches("<option value=\"Hidden\"[^>]*selected", html);
        Assert.Contains("<code class=\"iri\">" + Haadf + "</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unmatched_page_linksEachLabelToAPrefilledProposal()
    {
        var recorder = factory.Services.GetRequiredService<UnmatchedLabelRecorder>();
        recorder.Record("HAADF STEM imaging", "haadf stem imaging", "unmatched", "pipeline-x");
        recorder.Record("Qwxz frobnication", "qwxz frobnication", "unmatched", "pipeline-y");
        await recorder.FlushAsync(Ct);
        var client = await factory.SignedInClientAsync(Roles.Expert, cancellationToken: Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/unmatched", Ct));

        Assert.Contains("/propose?kind=NewConcept&label=Qwxz%20frobnication&lang=en", html, StringComparison.Ordinal);
        Assert.Matches("/propose\\?kind=AddLabel&concept=[^\"]+&label=HAADF%20STEM%20imaging&lang=en&labelKind=Hidden", html);
        Assert.Contains("pipeline-x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_drawsChartsWithTextAlternatives_inJapanese()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dja%7Cuic%3Dja");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/dashboard", Ct));

        Assert.Contains("<h1>ダッシュボード</h1>", html, StringComparison.Ordinal);
        Assert.True(SvgImages().Count(html) >= 3, "three or more charts");
        Assert.Contains("<desc id=\"coverage-desc\">", html, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"c0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_matchRateChart_countsNormalizeRequests()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/v1/normalize", JsonContent.Create(new
        {
            labels = new[] { "high-angle annular dark-field scanning transmission electron microscopy", "qwxz zzyzx frobnication" },
        }), Ct);
        response.EnsureSuccessStatusCode();
        await factory.Services.GetRequiredService<UnmatchedLabelRecorder>().FlushAsync(Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/dashboard", Ct));

        Assert.Matches("<desc id=\"match-rate-desc\">[^<]*50%: matched [0-9]+, ambiguous [0-9]+, unmatched [1-9]", html);
    }

    [Fact]
    public async Task MyActivity_listsMyProposalsAndVotes()
    {
        var id = await ProposeAsync("contributor-c", Roles.Contributor, "HAADF mine test", "");
        var expertUser = await factory.EnsureUserAsync("expert-voter", Roles.Expert);
        var vote = await Curation.VoteAsync(CurationPagesFactory.ActorOf(expertUser), id, 1, null, Ct);

        var mine = await (await factory.SignedInClientAsync(Roles.Contributor, "contributor-c", Ct)).GetStringAsync("/me", Ct);
        var votes = WebUtility.HtmlDecode(await (await factory.SignedInClientAsync(Roles.Expert, "expert-voter", Ct)).GetStringAsync("/me", Ct));

        Assert.True(vote.Succeeded, vote.Message);
        Assert.Contains($"href=\"/proposals/{id}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/proposals/{id}\"", votes, StringComparison.Ordinal);
        Assert.Matches("<td>\\+1 <time", votes);
    }

    [Fact]
    public async Task Propose_page_deprecatedConcept_showsTheNotice_andTheServiceRefusesWithItsCode()
    {
        const string iri = "https://w3id.org/vocab/material/CarbonSteel";
        var author = await factory.EnsureUserAsync("contributor-d", Roles.Contributor);
        var editor = await factory.EnsureUserAsync("editor-d", Roles.Editor);
        var deprecate = await Curation.ProposeAsync(CurationPagesFactory.ActorOf(author),
            new ProposalDraft(ProposalKind.Deprecate, [new PatchOperation(PatchOp.Deprecate, iri)], "obsolete"), Ct);
        var decided = await Curation.DecideAsync(CurationPagesFactory.ActorOf(editor), deprecate.ProposalId!.Value, accept: true, "", Ct);
        var client = await factory.SignedInClientAsync(Roles.Contributor, "contributor-d", Ct);

        var html = await client.GetStringAsync("/propose?kind=AddLabel&concept=" + Uri.EscapeDataString(iri) + "&label=carbon%20steel%20x", Ct);
        var again = await Curation.ProposeAsync(CurationPagesFactory.ActorOf(author),
            new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, iri, "carbon steel x", "en", LabelKind.Alt)], ""), Ct);

        Assert.True(decided.Succeeded, decided.Message);
        Assert.Contains("This concept is deprecated", html, StringComparison.Ordinal);
        Assert.Equal(CurationStatus.Invalid, again.Status);
        Assert.Contains(again.Issues!, i => i.Code == "concept.deprecated");
    }

    private CurationService Curation => factory.Services.GetRequiredService<CurationService>();

    private async Task<long> ProposeAsync(string name, string role, string label, string rationale)
    {
        _ = factory.CreateClient();
        var author = await factory.EnsureUserAsync(name, role);
        var outcome = await Curation.ProposeAsync(
            CurationPagesFactory.ActorOf(author),
            new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, Haadf, label, "en", LabelKind.Alt)], rationale),
            Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.ProposalId!.Value;
    }

    [GeneratedRegex("<svg role=\"img\"")]
    private static partial Regex SvgImages();
}
