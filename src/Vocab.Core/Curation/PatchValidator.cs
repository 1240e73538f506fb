using System.Text.RegularExpressions;
using Vocab.Core.Normalization;

namespace Vocab.Core.Curation;

/// <summary>
/// Checks a patch against the thesaurus as it is now: each step well-formed, and the concepts it touches still meeting
/// the SKOS integrity conditions afterwards (one prefLabel per language, pref/alt/hidden disjoint, no pref or alt label
/// clash with another concept of the same scheme, no cycle in broader, related disjoint from the hierarchy). Pure: the
/// caller holds the thesaurus still (a read lock) while it runs.
/// </summary>
public static partial class PatchValidator
{
    /// <summary>Longest label, in characters.</summary>
    public const int MaxLabelLength = 300;

    /// <summary>Longest definition, in characters.</summary>
    public const int MaxDefinitionLength = 8_000;

    /// <summary>Most steps in one patch.</summary>
    public const int MaxOperations = 50;

    /// <summary>Checks <paramref name="operations"/>; <paramref name="lookup"/> finds label owners fast (null scans the thesaurus).</summary>
    public static IReadOnlyList<PatchIssue> Validate(Thesaurus thesaurus, IReadOnlyList<PatchOperation> operations, ILabelLookup? lookup = null)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        ArgumentNullException.ThrowIfNull(operations);
        var issues = new List<PatchIssue>();
        if (operations.Count == 0)
        {
            issues.Add(new(PatchSeverity.Error, "patch.empty", "the proposal changes nothing"));
            return issues;
        }

        if (operations.Count > MaxOperations)
        {
            issues.Add(new(PatchSeverity.Error, "patch.too-large", $"a proposal has at most {MaxOperations} steps"));
            return issues;
        }

        var state = new PatchState(thesaurus);
        for (var i = 0; i < operations.Count; i++)
        {
            var before = issues.Count;
            CheckShape(operations[i], i, issues);
            if (issues.Count == before)
            {
                state.Apply(operations[i], i, issues);
            }
        }

        state.CheckResult(issues, lookup);
        return issues;
    }

    /// <summary>True for a well-formed BCP 47 language tag such as en, ja, en-GB or zh-Hant-TW.</summary>
    public static bool IsLanguageTag(string? tag) => tag is { Length: > 0 and <= 35 } && LanguageTag().IsMatch(tag);

    /// <summary>True for an absolute http(s) IRI without spaces or characters IRIs forbid.</summary>
    public static bool IsHttpIri(string? iri) =>
        iri is { Length: > 0 and <= 2000 }
        && Uri.TryCreate(iri, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !iri.Any(c => c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`');

    /// <summary>The normalized key two labels clash on.</summary>
    public static string KeyOf(string text) => LabelNormalizer.Key(text);

    private static void CheckShape(PatchOperation op, int index, List<PatchIssue> issues)
    {
        void Error(string code, string message, string field) => issues.Add(new(PatchSeverity.Error, code, message, index, field));

        if (!IsHttpIri(op.Concept))
        {
            Error("concept.iri", "the concept must be an absolute http(s) IRI", "concept");
        }

        switch (op.Op)
        {
            case PatchOp.AddLabel or PatchOp.RemoveLabel:
                CheckText(op.Text, MaxLabelLength, "label", index, issues);
                CheckLang(op.Lang, index, issues);
                if (op.LabelKind is null)
                {
                    Error("label.kind", "say whether the label is preferred, alternative or hidden", "kind");
                }

                break;
            case PatchOp.SetDefinition:
                CheckText(op.Text, MaxDefinitionLength, "definition", index, issues);
                CheckLang(op.Lang, index, issues);
                break;
            case PatchOp.AddRelation or PatchOp.RemoveRelation:
                if (op.Relation is null || !PatchOperation.Relations.Contains(op.Relation))
                {
                    Error("relation.kind", "the relation must be broader, narrower or related", "relation");
                }

                CheckTarget(op, index, issues);
                break;
            case PatchOp.AddMapping or PatchOp.RemoveMapping:
                if (op.Relation is null || !PatchOperation.MappingRelations.Contains(op.Relation))
                {
                    Error("mapping.kind", "the mapping must be exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch", "relation");
                }

                CheckTarget(op, index, issues);
                break;
            case PatchOp.CreateConcept or PatchOp.Merge:
                CheckTarget(op, index, issues);
                break;
            case PatchOp.Deprecate when op.Target is not null:
                CheckTarget(op, index, issues);
                break;
        }
    }

    private static void CheckTarget(PatchOperation op, int index, List<PatchIssue> issues)
    {
        if (!IsHttpIri(op.Target))
        {
            issues.Add(new(PatchSeverity.Error, "target.iri", "the target must be an absolute http(s) IRI", index, "target"));
        }
        else if (string.Equals(op.Target, op.Concept, StringComparison.Ordinal))
        {
            issues.Add(new(PatchSeverity.Error, "target.self", "a concept cannot point at itself", index, "target"));
        }
    }

    private static void CheckText(string? text, int max, string what, int index, List<PatchIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(new(PatchSeverity.Error, what + ".empty", $"the {what} is empty", index, "text"));
        }
        else if (text.Length > max)
        {
            issues.Add(new(PatchSeverity.Error, what + ".too-long", $"the {what} is longer than {max} characters", index, "text"));
        }
        else if (!string.Equals(text, text.Trim(), StringComparison.Ordinal) || (what == "label" && text.Any(char.IsControl)))
        {
            issues.Add(new(PatchSeverity.Error, what + ".whitespace", $"the {what} has leading or trailing spaces or control characters", index, "text"));
        }
    }

    private static void CheckLang(string? lang, int index, List<PatchIssue> issues)
    {
        if (!IsLanguageTag(lang))
        {
            issues.Add(new(PatchSeverity.Error, "lang.invalid", $"'{lang}' is not a language tag such as en or ja", index, "lang"));
        }
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8}|-[0-9][A-Za-z0-9]{3})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
