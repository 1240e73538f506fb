namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>The container mapping of a term, as flags because the algorithms only ever ask "does it include X".</summary>
[Flags]
internal enum Containers
{
    None = 0,
    List = 1,
    Set = 2,
    Language = 4,
    Index = 8,
    Id = 16,
    Type = 32,
    Graph = 64,
}

/// <summary>A term definition (JSON-LD 1.1 API, section 4.1).</summary>
internal sealed class TermDefinition
{
    /// <summary>The IRI mapping: an IRI, a blank node identifier, a keyword, or null for a term that maps to nothing.</summary>
    public string? Iri { get; set; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    public bool Reverse { get; set; }

    public string? TypeMapping { get; set; }

    public Containers Container { get; set; }

    public bool HasLanguage { get; set; }

    public string? Language { get; set; }

    public bool HasDirection { get; set; }

    public string? Direction { get; set; }

    public string? Index { get; set; }

    public string? Nest { get; set; }

    /// <summary>The scoped context; null JSON is a real value here (it clears the context), so <see cref="HasLocalContext"/> says whether there is one.</summary>
    public JNode? LocalContext { get; set; }

    public bool HasLocalContext => LocalContext is not null;

    public string? BaseUrl { get; set; }

    /// <summary>Equal in everything but <see cref="Protected"/>: a protected term may be redefined only this way.</summary>
    public bool SameAs(TermDefinition other) =>
        Iri == other.Iri && Prefix == other.Prefix && Reverse == other.Reverse && TypeMapping == other.TypeMapping
        && Container == other.Container && HasLanguage == other.HasLanguage && Language == other.Language
        && HasDirection == other.HasDirection && Direction == other.Direction && Index == other.Index && Nest == other.Nest
        && BaseUrl == other.BaseUrl && LocalContext.DeepEquals(other.LocalContext);
}

/// <summary>
/// The active context (JSON-LD 1.1 API, section 4.1). A context is built by <see cref="ContextProcessor"/> and then
/// frozen; only frozen contexts cache IRI expansions, because terms may still change while one is being built.
/// </summary>
internal sealed class ActiveContext
{
    private Dictionary<string, string?>? _vocabCache;
    private Dictionary<string, string?>? _typeCache;

    public Dictionary<string, TermDefinition> Terms { get; private init; } = new(StringComparer.Ordinal);

    public string? BaseIri { get; set; }

    /// <summary>The document's base, which a null context restores.</summary>
    public string? OriginalBaseUrl { get; init; }

    public string? Vocab { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultDirection { get; set; }

    /// <summary>The context to return to when a non-propagated (type-scoped) context leaves scope.</summary>
    public ActiveContext? Previous { get; set; }

    public bool Frozen { get; private set; }

    public bool HasProtectedTerms => Terms.Values.Any(t => t.Protected);

    public ActiveContext Clone() => new()
    {
        Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
        BaseIri = BaseIri,
        OriginalBaseUrl = OriginalBaseUrl,
        Vocab = Vocab,
        DefaultLanguage = DefaultLanguage,
        DefaultDirection = DefaultDirection,
        Previous = Previous,
    };

    public void Freeze() => Frozen = true;

    public TermDefinition? Term(string? key) => key is not null && Terms.TryGetValue(key, out var t) ? t : null;

    /// <summary>The cache of vocabulary-relative expansions (property keys), or null while the context is being built.</summary>
    public Dictionary<string, string?>? VocabCache => Frozen ? _vocabCache ??= new(StringComparer.Ordinal) : null;

    /// <summary>The cache of vocabulary- and document-relative expansions (<c>@type</c> values).</summary>
    public Dictionary<string, string?>? TypeCache => Frozen ? _typeCache ??= new(StringComparer.Ordinal) : null;
}
