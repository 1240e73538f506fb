using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests;

/// <summary>An open concept page shows an accepted change without a reload.</summary>
public sealed class LiveUpdateTests(AppFixture app) : IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    [Fact]
    public async Task OpenConceptPage_showsANewlyAcceptedLabel_withoutReload()
    {
        var page = await app.NewPageAsync("en-US");
        await app.GotoInteractiveAsync(page, "/concept/technique/HAADFSTEM");
        var label = "live-update label " + Guid.NewGuid().ToString("N")[..6];
        await Expect(page.GetByText(label)).ToHaveCountAsync(0);

        var curation = app.Services.GetRequiredService<CurationService>();
        var proposed = await curation.ProposeAsync(new CurationActor("live-c", "C", Roles.Contributor), new ProposalDraft(ProposalKind.AddLabel,
            [new PatchOperation(PatchOp.AddLabel, "https://w3id.org/vocab/technique/HAADFSTEM", label, "en", LabelKind.Alt)], ""), TestContext.Current.CancellationToken);
        var accepted = await curation.DecideAsync(new CurationActor("live-e", "E", Roles.Editor), proposed.ProposalId!.Value, accept: true, "live", TestContext.Current.CancellationToken);
        Assert.True(accepted.Succeeded, accepted.Message);

        await Expect(page.GetByText(label).First).ToBeVisibleAsync();
    }
}
