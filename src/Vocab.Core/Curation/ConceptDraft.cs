namespace Vocab.Core.Curation;

/// <summary>A mutable copy of one concept's labels and links while a patch is checked.</summary>
internal sealed class ConceptDraft
{
    public ConceptDraft(string iri, string scheme)
    {
        Iri = iri;
        Schemes.Add(scheme);
        LastOperation = 0;
    }

    public ConceptDraft(Concept concept)
    {
        Iri = concept.Iri;
        Deprecated = concept.Deprecated;
        Labels.UnionWith(concept.Labels);
        Schemes.UnionWith(concept.Schemes);
        Broader.UnionWith(concept.Broader);
        Related.UnionWith(concept.Related);
        foreach (var mapping in concept.Mappings)
        {
            Mappings.Add((MappingName(mapping.Kind), mapping.Target));
        }

        var pref = concept.PrefLabel("en", ["ja"]);
        Name = pref is { } p ? $"\"{p.Text}\"" : $"<{Iri}>";
        LastOperation = -1;
    }

    public string Iri { get; }

    /// <summary>How messages name the concept: its English (else Japanese, else any) prefLabel, else its IRI.</summary>
    public string Name { get => field ?? $"<{Iri}>"; private set; }

    public bool Deprecated { get; set; }

    /// <summary>The last step that touched this concept; -1 while untouched.</summary>
    public int LastOperation { get; set; }

    public bool Touched => LastOperation >= 0;

    public HashSet<Label> Labels { get; } = [];

    public HashSet<string> Schemes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Broader { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Related { get; } = new(StringComparer.Ordinal);

    public HashSet<(string Relation, string Target)> Mappings { get; } = [];

    public static string MappingName(MappingKind kind) => kind switch
    {
        MappingKind.Exact => "exactMatch",
        MappingKind.Close => "closeMatch",
        MappingKind.Broad => "broadMatch",
        MappingKind.Narrow => "narrowMatch",
        _ => "relatedMatch",
    };
}
