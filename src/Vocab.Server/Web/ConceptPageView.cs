using Vocab.Core;

namespace Vocab.Server.Web;

/// <summary>A link to a concept as pages show it: its label in the content language and whether it has narrower concepts.</summary>
public sealed record ConceptRefView(string Iri, string Label, string? Lang, string? Href, bool HasChildren);

/// <summary>One language's labels of a concept, by kind.</summary>
public sealed record LabelsByLanguage(string Lang, IReadOnlyList<string> Pref, IReadOnlyList<string> Alt, IReadOnlyList<string> Hidden);

/// <summary>A definition or note with its Markdown already rendered to safe HTML.</summary>
public sealed record NoteView(NoteKind Kind, string Lang, string Html);

/// <summary>A mapping to a concept elsewhere; <see cref="Label"/> is set when the target is a concept of this thesaurus.</summary>
public sealed record MappingView(MappingKind Kind, string Target, string? Label, string? Lang, string? Href);

/// <summary>Everything the concept page shows that comes from the thesaurus snapshot.</summary>
public sealed record ConceptPageView(
    string Iri,
    string Title,
    string? TitleLang,
    bool Deprecated,
    IReadOnlyList<ConceptRefView> ReplacedBy,
    IReadOnlyList<LabelsByLanguage> Labels,
    IReadOnlyList<string> Notations,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<ConceptRefView> BroaderChain,
    IReadOnlyList<ConceptRefView> Broader,
    IReadOnlyList<ConceptRefView> Narrower,
    IReadOnlyList<ConceptRefView> Related,
    IReadOnlyList<ConceptRefView> Schemes,
    IReadOnlyList<MappingView> Mappings);
