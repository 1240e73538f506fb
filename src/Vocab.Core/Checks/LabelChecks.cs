using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Vocab.Core.Checks;

/// <summary>
/// Checks on the labels of each resource on its own: the SKOS label integrity conditions (S13, S14) for every
/// labelled resource, and the label quality issues for concepts.
/// </summary>
internal static class LabelChecks
{
    public static void CheckIntegrity(Thesaurus thesaurus, FindingSink sink)
    {
        var prefs = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<(string Text, string Lang), int>();
        foreach (var node in thesaurus.Nodes)
        {
            if (node.Labels is { Count: > 1 } labels)
            {
                CheckMultiplePrefLabels(node.Key, labels, prefs, sink);
                CheckDisjointLabels(node.Key, labels, kinds, sink);
            }
        }
    }

    public static void CheckQuality(Thesaurus thesaurus, CheckOptions options, FindingSink sink)
    {
        foreach (var concept in thesaurus.Concepts.Values)
        {
            var hasPref = false;
            var untagged = 0;
            foreach (var label in concept.Node.Labels ?? RefBag<Label>.Empty)
            {
                hasPref |= label.Kind == LabelKind.Pref;
                if (string.IsNullOrWhiteSpace(label.Text))
                {
                    sink.Report(FindingCodes.EmptyLabel, concept.Iri, $"{KindName(label.Kind)} {Quote(label)} is empty");
                }

                if (label.Lang.Length == 0)
                {
                    untagged++;
                }
            }

            if (untagged > 0)
            {
                var texts = string.Join(", ", concept.Labels.Where(l => l.Lang.Length == 0).Take(5).Select(Quote));
                sink.Report(FindingCodes.OmittedLanguageTag, concept.Iri, $"labels without a language tag: {texts}");
            }

            if (!hasPref)
            {
                sink.Report(FindingCodes.MissingPrefLabel, concept.Iri, "no skos:prefLabel in any language");
            }
            else if (!concept.Deprecated)
            {
                CheckCoverage(concept, options.RequiredLanguages, sink);
            }
        }
    }

    public static string Quote(Label label) =>
        label.Lang.Length == 0 ? "\"" + label.Text + "\"" : "\"" + label.Text + "\"@" + label.Lang;

    public static string KindName(LabelKind kind) => kind switch
    {
        LabelKind.Pref => "prefLabel",
        LabelKind.Alt => "altLabel",
        _ => "hiddenLabel",
    };

    private static void CheckCoverage(Concept concept, IReadOnlyList<string> required, FindingSink sink)
    {
        List<string>? missing = null;
        foreach (var language in required)
        {
            var covered = false;
            foreach (var label in concept.Node.Labels ?? RefBag<Label>.Empty)
            {
                if (label.Kind == LabelKind.Pref && LanguageTags.Matches(label.Lang, language))
                {
                    covered = true;
                    break;
                }
            }

            if (!covered)
            {
                (missing ??= []).Add(language);
            }
        }

        if (missing is not null)
        {
            sink.Report(FindingCodes.IncompleteLanguageCoverage, concept.Iri, $"no prefLabel in: {string.Join(", ", missing)}");
        }
    }

    private static void CheckMultiplePrefLabels(string subject, RefBag<Label> labels, Dictionary<string, int> prefs, FindingSink sink)
    {
        prefs.Clear();
        foreach (var label in labels)
        {
            if (label.Kind == LabelKind.Pref)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(prefs, label.Lang, out _)++;
            }
        }

        foreach (var (lang, count) in prefs)
        {
            if (count > 1)
            {
                var texts = string.Join(", ", labels.Where(l => l.Kind == LabelKind.Pref && l.Lang == lang).Select(Quote));
                var language = lang.Length == 0 ? "without a language tag" : "@" + lang;
                sink.Report(FindingCodes.MultiplePrefLabels, subject, string.Create(CultureInfo.InvariantCulture, $"{count} prefLabels {language}: {texts}"));
            }
        }
    }

    private static void CheckDisjointLabels(string subject, RefBag<Label> labels, Dictionary<(string Text, string Lang), int> kinds, FindingSink sink)
    {
        kinds.Clear();
        foreach (var label in labels)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(kinds, (label.Text, label.Lang), out _) |= 1 << (int)label.Kind;
        }

        foreach (var ((text, lang), mask) in kinds)
        {
            if (BitOperations.PopCount((uint)mask) > 1)
            {
                var names = Enum.GetValues<LabelKind>().Where(k => (mask & (1 << (int)k)) != 0).Select(KindName);
                sink.Report(FindingCodes.DisjointLabels, subject, $"{Quote(new Label(text, lang, LabelKind.Pref))} is {string.Join(" and ", names)}");
            }
        }
    }
}
