using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Writes terms in the store's N-Triples form. IRIs repeat constantly (predicates, types, the subject of
/// consecutive statements), so their text is cached; the cache is bounded so a huge import cannot grow it without limit.
/// </summary>
internal sealed class TermEncoder
{
    private const int MaxCached = 1 << 16;
    private readonly Dictionary<Iri, string> _iris = new(1024);

    public string Encode(Term term)
    {
        if (term is not Iri iri)
        {
            return term.ToNTriples();
        }

        if (_iris.TryGetValue(iri, out var text))
        {
            return text;
        }

        if (_iris.Count >= MaxCached)
        {
            _iris.Clear();
        }

        text = iri.ToNTriples();
        _iris.Add(iri, text);
        return text;
    }
}
