using Vocab.Core;
using Vocab.Core.Normalization;

namespace Vocab.Index;

/// <summary>Resolves the unit the normalizer split off a raw label ("kV", "µs", "e/Å²") to a unit concept.</summary>
public sealed partial class LabelIndex
{
    /// <summary>
    /// The unit concept whose label, notation or symbol is <paramref name="symbol"/>, among the concepts of the unit
    /// scheme (<see cref="Iris.Vocab.UnitScheme"/>); -1 when there is none or several. Units are case-sensitive ("mV",
    /// "MV"), so the symbol as written decides first; the normalized key ("e/A^2", "e/Å2") only when it names one unit.
    /// </summary>
    private int ResolveUnit(string symbol)
    {
        if (!_schemeIds.TryGetValue(Iris.Vocab.UnitScheme, out var scheme))
        {
            return -1;
        }

        var concept = SingleUnit(_exact.Get(symbol), scheme);
        if (concept == -1)
        {
            var key = LabelNormalizer.Key(symbol);
            concept = key.Length == 0 ? -1 : SingleUnit(_keys.Get(key), scheme);
        }

        return concept;
    }

    /// <summary>The one unit concept among <paramref name="postings"/>; -1 for none or several.</summary>
    private int SingleUnit(Postings postings, int scheme)
    {
        var found = -1;
        for (var i = 0; i < postings.Count; i++)
        {
            var concept = _labels[postings[i]].Concept;
            if (concept == found || Array.IndexOf(_concepts[concept]!.Schemes, scheme) < 0)
            {
                continue;
            }

            if (found >= 0)
            {
                return -1;
            }

            found = concept;
        }

        return found;
    }

    /// <summary>The unit of a match result: the symbol as written, and the unit concept with its label to show.</summary>
    private (string? Id, string? PrefLabel) UnitConcept(string? symbol, string? lang)
    {
        if (symbol is null || ResolveUnit(symbol) is var concept && concept < 0)
        {
            return (null, null);
        }

        return (_concepts[concept]!.Iri, Display(concept, lang).Text);
    }
}
