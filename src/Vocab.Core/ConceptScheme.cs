namespace Vocab.Core;

/// <summary>A SKOS concept scheme: its labels and titles by language and its top concepts (a live view).</summary>
public sealed class ConceptScheme
{
    internal ConceptScheme(Node node) => Node = node;

    /// <summary>The scheme's IRI.</summary>
    public string Iri => Node.Key;

    /// <summary>SKOS labels of the scheme itself.</summary>
    public IReadOnlyCollection<Label> Labels => Node.Labels ?? RefBag<Label>.Empty;

    /// <summary><c>dct:title</c> values, as labels of kind <see cref="LabelKind.Pref"/>.</summary>
    public IReadOnlyCollection<Label> Titles => Node.More?.Titles ?? RefBag<Label>.Empty;

    /// <summary>Top concepts, from <c>skos:hasTopConcept</c> and from the concepts' <c>skos:topConceptOf</c>.</summary>
    public IReadOnlyCollection<string> TopConcepts => Node.More?.TopConcepts ?? RefBag<string>.Empty;

    internal Node Node { get; }

    /// <summary>The title to show in <paramref name="lang"/>: a title, else a preferred label, in that language, else any.</summary>
    public string? Title(string lang)
    {
        foreach (var source in new[] { Titles, Labels })
        {
            foreach (var label in source)
            {
                if (label.Kind == LabelKind.Pref && LanguageTags.Matches(label.Lang, lang))
                {
                    return label.Text;
                }
            }
        }

        return Titles.Concat(Labels).Where(l => l.Kind == LabelKind.Pref).Select(l => l.Text).FirstOrDefault();
    }

    /// <inheritdoc />
    public override string ToString() => Iri;
}
