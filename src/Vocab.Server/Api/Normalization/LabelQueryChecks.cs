using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Vocab.Data;
using Vocab.Server.Hosting;

namespace Vocab.Server.Api.Normalization;

/// <summary>
/// The checks every label API shares (index ready, language tag, scheme, type, limit, label length). Each returns
/// null when the input is acceptable, else the problem to answer with, so a rejected request does no work.
/// </summary>
internal static partial class LabelQueryChecks
{
    public static ProblemHttpResult? NotReady(LabelIndexService index) => index.Ready
        ? null
        : TypedResults.Problem(
            detail: "the label index is still being built; retry in a moment", statusCode: StatusCodes.Status503ServiceUnavailable, title: "not ready");

    /// <summary>Lower-cases a language tag as the index stores it; null or blank means any language.</summary>
    public static ProblemHttpResult? Language(ref string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            lang = null;
            return null;
        }

        lang = lang.Trim();
        if (!LanguageTag().IsMatch(lang))
        {
            return Bad("invalid language", $"'lang' must be a BCP 47 language tag such as en or ja (got '{lang}')");
        }

        lang = lang.ToLowerInvariant();
        return null;
    }

    public static ProblemHttpResult? Limit(ref int? limit, int fallback, int max)
    {
        limit ??= fallback;
        return limit < 1 || limit > max ? Bad("invalid limit", $"'limit' must be between 1 and {max} (got {limit})") : null;
    }

    public static ProblemHttpResult? Text(string? text, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Bad("missing " + name, $"'{name}' is required and must not be blank");
        }

        return text.Length > maxLength ? Bad("label too long", $"'{name}' has {text.Length} characters; at most {maxLength} are allowed") : null;
    }

    /// <summary>Refuses a scheme or type that the thesaurus does not have, rather than silently matching nothing.</summary>
    public static ProblemHttpResult? Known(ThesaurusSnapshotService snapshot, ref string? scheme, ref string? type)
    {
        scheme = string.IsNullOrWhiteSpace(scheme) ? null : scheme.Trim();
        type = string.IsNullOrWhiteSpace(type) ? null : type.Trim();
        if (scheme is null && type is null)
        {
            return null;
        }

        var (s, t) = (scheme, type);
        var (schemeKnown, typeKnown) = snapshot.Read(th => (s is null || th.Schemes.ContainsKey(s), t is null || th.Concepts.ContainsKey(t)));
        if (!schemeKnown)
        {
            return Bad("unknown scheme", $"there is no concept scheme '{scheme}'");
        }

        return typeKnown ? null : Bad("unknown type", $"there is no concept '{type}' to use as 'type'");
    }

    public static ProblemHttpResult Bad(string title, string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    // BCP 47 in outline (language, then subtags); enough to refuse junk without a registry of tags.
    [GeneratedRegex("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
