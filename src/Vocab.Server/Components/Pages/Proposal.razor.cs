using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Auth;
using Vocab.Server.Web;
using Vocab.Server.Web.Curation;

namespace Vocab.Server.Components.Pages;

/// <summary>
/// A proposal: its change as a diff, rationale, votes, decision and discussion, with the actions the viewer's role
/// allows. Controls are shown or disabled from the same rules the service applies; the service checks them again.
/// </summary>
public sealed partial class Proposal : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private ProposalDetails? _details;
    private IReadOnlyList<DiffLine> _diff = [];
    private ConceptRefView? _main;
    private string _title = "";
    private CurationActor? _actor;
    private RuleViolation? _voteRefusal;
    private RuleViolation? _decideRefusal;
    private bool _canWithdraw;
    private IReadOnlyList<UserMessage> _messages = [];
    private string _comment = "";
    private string _voteComment = "";
    private string _reason = "";
    private bool _busy;

    /// <summary>The proposal number.</summary>
    [Parameter]
    public long Id { get; set; }

    [Inject]
    private CurationService Curation { get; set; } = default!;

    [Inject]
    private CurationPages Pages { get; set; } = default!;

    [Inject]
    private ProposalTitleText Titles { get; set; } = default!;

    [Inject]
    private ProposalDiff Diff { get; set; } = default!;

    [Inject]
    private IssueText Issues { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private int? MyVote => _actor is null ? null : _details?.Votes.FirstOrDefault(v => v.UserId == _actor.UserId)?.Value;

    protected override async Task OnParametersSetAsync()
    {
        _actor = Policies.ActorOf((await AuthenticationState).User);
        _messages = [];
        await LoadAsync();
        if (_details is null && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    protected override void OnInitialized() => Live.ProposalChanged += OnProposalChanged;

    // Someone else's vote, comment or decision shows without a reload.
    private void OnProposalChanged(long id)
    {
        if (id == Id && !_disposed.IsCancellationRequested)
        {
            _ = InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
    }

    public void Dispose()
    {
        Live.ProposalChanged -= OnProposalChanged;
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task LoadAsync()
    {
        _details = await Curation.GetAsync(Id, _disposed.Token);
        if (_details is null)
        {
            return;
        }

        var p = _details.Proposal;
        var lang = ContentLanguage.Current;
        _title = Titles.Of(p, _details.Operations, lang, C);
        _diff = Diff.Build(_details.Operations, p.ConceptIri, lang, showReplaced: p.Status == ProposalStatus.Open);
        _main = p.Kind == ProposalKind.NewConcept && p.Status != ProposalStatus.Accepted ? null : Pages.Ref(p.ConceptIri, lang);
        var role = _actor?.Role;
        var userId = _actor?.UserId ?? "";
        _voteRefusal = _actor is null ? new("role.expert", "") : CurationRules.CanVote(p.Status, p.AuthorId, userId, role);
        _decideRefusal = _actor is null ? new("role.editor", "") : CurationRules.CanDecide(p.Status, p.AuthorId, userId, role);
        _canWithdraw = _actor is not null && CurationRules.CanWithdraw(p.Status, p.AuthorId, userId) is null;
    }

    private Task VoteAsync(int value) => RunAsync(actor => Curation.VoteAsync(actor, Id, value, _voteComment, _disposed.Token), () => _voteComment = "");

    private Task DecideAsync(bool accept) => RunAsync(actor => Curation.DecideAsync(actor, Id, accept, _reason, _disposed.Token), () => _reason = "");

    private Task WithdrawAsync() => RunAsync(actor => Curation.WithdrawAsync(actor, Id, _disposed.Token), () => { });

    private Task RefreshAsync() => RunAsync(actor => Curation.RefreshAsync(actor, Id, _disposed.Token), () => { });

    private Task CommentAsync() => RunAsync(actor => Curation.CommentAsync(actor, Id, _comment, _disposed.Token), () => _comment = "");

    // One action at a time; on success the input is cleared and the proposal reloaded, on failure the input stays.
    private async Task RunAsync(Func<CurationActor, Task<CurationOutcome>> action, Action cleared)
    {
        if (_busy)
        {
            return;
        }

        if (_actor is null)
        {
            _messages = [new UserMessage(C["SignInNeeded"], null, true)];
            return;
        }

        _busy = true;
        try
        {
            var outcome = await action(_actor);
            _messages = Issues.Of(outcome);
            if (outcome.Succeeded)
            {
                cleared();
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    // A little over the service's limit, so an over-long paste still gets the service's clear message, yet bounded so
    // the circuit's messages (the whole field per keystroke) stay under the hub's receive limit.
    private int TextCap => ProposeFormValidator.InputCap(Curation.Options.MaxTextLength);

    private string AutoAcceptText()
    {
        var rule = Curation.Options.AutoAccept;
        if (!rule.Enabled)
        {
            return C["AutoAcceptOff"];
        }

        return string.Format(CultureInfo.CurrentCulture, C[rule.BlockedByExpertObjection ? "AutoAcceptRuleBlocked" : "AutoAcceptRule"], rule.NetExpertVotes);
    }

    private static string ChangeHref(long seq) => "/api/v1/changes?since=" + (seq - 1).ToString(CultureInfo.InvariantCulture);

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, C[key], values);
}
