using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Auth;
using Vocab.Server.Components.Curation;
using Vocab.Server.Web;
using Vocab.Server.Web.Curation;

namespace Vocab.Server.Components.Pages;

/// <summary>
/// The propose page: one form for every kind of proposal, prefilled from the query string (the unmatched-label queue
/// links here), checked as the user types (the form's rules at once, the thesaurus rules after a pause), submitted
/// once (the button is disabled while submitting, and the service returns the same proposal for a repeated patch).
/// </summary>
public sealed partial class Propose : IDisposable
{
    private const int MaxInput = 400;
    private static readonly int AltCap = ProposeFormValidator.InputCap(ProposeFormValidator.MaxAltLabelsLength);
    private static readonly int DefinitionCap = ProposeFormValidator.InputCap(PatchValidator.MaxDefinitionLength);
    private static readonly int RationaleCap = ProposeFormValidator.InputCap(ProposeFormValidator.MaxRationaleLength);
    private static readonly TimeSpan CheckDelay = TimeSpan.FromMilliseconds(350);

    private static readonly List<string> NoErrors = [];

    private readonly CancellationTokenSource _disposed = new();
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private IReadOnlyList<UserMessage> _messages = [];
    private IReadOnlyList<ConceptRefView> _schemes = [];
    private ConceptFacts? _facts;
    private CancellationTokenSource? _pending;
    private bool _showAll;
    private bool _checking;
    private bool _submitting;
    private bool _focusMessages;
    private MessageList? _messageList;

    [Inject]
    private CurationService Curation { get; set; } = default!;

    [Inject]
    private CurationPages Pages { get; set; } = default!;

    [Inject]
    private IssueText Issues { get; set; } = default!;

    [Inject]
    private IValidator<ProposeForm> Validator { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>Prefill: the proposal kind (<c>?kind=AddLabel</c>).</summary>
    [SupplyParameterFromQuery(Name = "kind")]
    public string? QueryKind { get; set; }

    /// <summary>Prefill: the concept IRI.</summary>
    [SupplyParameterFromQuery(Name = "concept")]
    public string? QueryConcept { get; set; }

    /// <summary>Prefill: the label text.</summary>
    [SupplyParameterFromQuery(Name = "label")]
    public string? QueryLabel { get; set; }

    /// <summary>Prefill: the language.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? QueryLang { get; set; }

    /// <summary>Prefill: the label kind (Pref, Alt, Hidden).</summary>
    [SupplyParameterFromQuery(Name = "labelKind")]
    public string? QueryLabelKind { get; set; }

    private ProposeForm Form { get; } = new();

    // The submit button works once the circuit is up; before that a click would be lost.
    private bool Interactive => RendererInfo.IsInteractive;

    protected override void OnInitialized()
    {
        _schemes = Pages.Schemes(ContentLanguage.Current);
        if (Names.TryParse<ProposalKind>(QueryKind, out var kind))
        {
            Form.Kind = kind;
        }

        Form.Concept = string.IsNullOrWhiteSpace(QueryConcept) ? null : QueryConcept.Trim();
        var lang = QueryLang is { Length: > 0 } l && PatchValidator.IsLanguageTag(l) ? l.ToLowerInvariant() : null;
        Form.Lang = lang ?? Form.Lang;
        if (Names.TryParse<LabelKind>(QueryLabelKind, out var labelKind))
        {
            Form.LabelKind = labelKind;
        }

        var label = QueryLabel?.Trim() ?? "";
        if (label.Length > 0)
        {
            if (Form.Kind == ProposalKind.NewConcept)
            {
                if ((lang ?? CurationPages.GuessLanguage(label)) == "ja")
                {
                    Form.PrefJa = label;
                }
                else
                {
                    Form.PrefEn = label;
                }
            }
            else
            {
                Form.Text = label;
            }

            _touched.Add(nameof(ProposeForm.Text));
        }

        _facts = Pages.Facts(Form.Concept, ContentLanguage.Current);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // A refused submission moves the focus to its messages: the button was disabled while submitting, which
        // drops the focus to the top of the page, and the messages say what to correct.
        if (_focusMessages && _messageList is not null)
        {
            _focusMessages = false;
            await _messageList.FocusAsync();
        }

        // A prefilled form is checked as soon as it is interactive, so a clash shows before the user types anything.
        if (firstRender && RendererInfo.IsInteractive && (QueryLabel is { Length: > 0 } || Form.Concept is not null))
        {
            await CheckNowAsync(_disposed.Token);
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        _pending?.Cancel();
        _pending?.Dispose();
    }

    private List<string> ErrorsOf(string property) =>
        (_showAll || _touched.Contains(property)) && _errors.TryGetValue(property, out var list) ? list : NoErrors;

    private async Task PickedAsync(string? iri, Action<string?> store, string property)
    {
        store(iri);
        if (property == nameof(ProposeForm.Concept))
        {
            _facts = Pages.Facts(iri, ContentLanguage.Current);
            Form.ExistingLabel = null;
        }

        await ChangedAsync(property);
    }

    // Form rules run at once; the thesaurus check waits for a pause in typing, and a newer change cancels it.
    private async Task ChangedAsync(string property)
    {
        _touched.Add(property);
        if (property == "Kind")
        {
            _messages = [];
        }

        Validate();

        // The change may come from a child component's handler, which re-renders only that child: render the page too.
        StateHasChanged();
        _pending?.Cancel();
        _pending?.Dispose();
        var pending = _pending = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        try
        {
            await Task.Delay(CheckDelay, pending.Token);
            await CheckNowAsync(pending.Token);
            StateHasChanged();
        }
        catch (OperationCanceledException)
        {
            // A newer change (or leaving the page) superseded this check.
        }
    }

    private bool Validate()
    {
        var result = Validator.Validate(Form);
        _errors = result.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return result.IsValid;
    }

    private async Task CheckNowAsync(CancellationToken cancellationToken)
    {
        if (!Validate())
        {
            // Malformed input would only repeat the form's own messages in the service's words.
            _messages = [];
            return;
        }

        _checking = true;
        try
        {
            var issues = await Curation.CheckAsync(Form.ToOperations(), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            _messages = issues.OrderByDescending(i => i.IsError).Select(Issues.Of).ToList();
        }
        finally
        {
            _checking = false;
        }
    }

    private async Task SubmitAsync()
    {
        if (_submitting)
        {
            return;
        }

        // A check still waiting for a pause in typing would replace this submission's messages when it ends.
        _pending?.Cancel();
        _showAll = true;
        if (!Validate())
        {
            _messages = [new UserMessage(C["FixFields"], null, true)];
            _focusMessages = true;
            return;
        }

        var actor = Policies.ActorOf((await AuthenticationState).User);
        if (actor is null)
        {
            _messages = [new UserMessage(C["SignInToPropose"], null, true)];
            _focusMessages = true;
            return;
        }

        _submitting = true;
        try
        {
            var outcome = await Curation.ProposeAsync(actor, new ProposalDraft(Form.Kind, Form.ToOperations(), Form.Rationale), _disposed.Token);
            if (outcome is { Succeeded: true, ProposalId: { } id })
            {
                Navigation.NavigateTo("/proposals/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            _messages = Issues.Of(outcome);
            _focusMessages = true;
        }
        finally
        {
            _submitting = false;
        }
    }
}
