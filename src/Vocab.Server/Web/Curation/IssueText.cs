using System.Globalization;
using Microsoft.Extensions.Localization;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Resources;

namespace Vocab.Server.Web.Curation;

/// <summary>
/// A message for the user: the text in the UI language and, when that is a generic translation, the service's specific
/// English detail; an error, a warning, or (<paramref name="IsInfo"/>) a plain confirmation.
/// </summary>
public sealed record UserMessage(string Text, string? Detail, bool IsError, bool IsInfo = false);

/// <summary>
/// Turns the curation service's findings (patch issues, rule violations, outcomes) into messages in the UI language.
/// The service's English messages name the concepts and labels involved, so English shows them as they are; Japanese
/// shows a translation of the code with the English message as detail. Unknown codes fall back to the message.
/// </summary>
public sealed class IssueText(IStringLocalizer<CurationText> text)
{
    /// <summary>One issue.</summary>
    public UserMessage Of(PatchIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return Of(issue.Code, issue.Message, issue.IsError);
    }

    /// <summary>One rule violation.</summary>
    public UserMessage Of(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return Of(violation.Code, violation.Message, isError: true);
    }

    /// <summary>What went wrong with an action, one message per error (warnings of a successful action are not errors).</summary>
    public IReadOnlyList<UserMessage> Of(CurationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Violation is { } violation)
        {
            return [Of(violation)];
        }

        return outcome.Status switch
        {
            CurationStatus.NotFound => [new(text["NotFound"], null, true)],
            CurationStatus.Stale => [new(text["StaleRefuse"], null, true)],
            _ when outcome.Issues is { Count: > 0 } issues => issues.Where(i => i.IsError).Select(Of).ToList(),
            CurationStatus.Ok => [],
            _ => [new(outcome.Message, null, true)],
        };
    }

    private UserMessage Of(string code, string message, bool isError)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")
        {
            return new(message, null, isError);
        }

        var translated = text["Code_" + code];
        return translated.ResourceNotFound ? new(message, null, isError) : new(translated.Value, message, isError);
    }
}
