using System.Globalization;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Gives a file's blank nodes store-unique labels <c>c{seq}_{n}</c>: documents reuse labels like <c>_:b0</c>, so
/// each file gets its own map while <c>n</c> counts on across the files of one change.
/// </summary>
internal sealed class BlankNodeLabels(long sequence)
{
    private readonly string _prefix = "c" + sequence.ToString(CultureInfo.InvariantCulture) + "_";
    private Dictionary<string, BlankNode> _map = new(StringComparer.Ordinal);

    /// <summary>The next number to hand out; saved and restored when a file is read again.</summary>
    public long Next { get; set; }

    /// <summary>Starts a new file: its labels are unrelated to the previous file's.</summary>
    public void StartFile() => _map = new Dictionary<string, BlankNode>(StringComparer.Ordinal);

    public Quad Relabel(in Quad quad)
    {
        if (quad.Subject is not BlankNode && quad.Obj is not BlankNode && quad.Graph is not BlankNode)
        {
            return quad;
        }

        return new Quad(Map(quad.Subject), quad.Predicate, Map(quad.Obj), quad.Graph is null ? null : Map(quad.Graph));
    }

    private Term Map(Term term)
    {
        if (term is not BlankNode blank)
        {
            return term;
        }

        if (!_map.TryGetValue(blank.Label, out var mapped))
        {
            mapped = new BlankNode(_prefix + (Next++).ToString(CultureInfo.InvariantCulture));
            _map.Add(blank.Label, mapped);
        }

        return mapped;
    }
}
