using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>
/// Maps OWL/OBO classes onto SKOS: each named <c>owl:Class</c> with an <c>rdfs:label</c> becomes a concept of the
/// scheme its ontology becomes. Nothing the input already says is derived again, and no derived label may break
/// SKOS integrity: a second prefLabel in a language becomes an altLabel, and a synonym equal to an existing label is dropped.
/// </summary>
internal sealed class OwlToSkos(OwlTerms owl, StatementLedger ledger, Action<Term, Iri, Term> emit)
{
    private static readonly Iri Type = new(Iris.Rdf.Type);
    private static readonly Iri Concept = new(Iris.Skos.Concept);
    private static readonly Iri ConceptScheme = new(Iris.Skos.ConceptScheme);
    private static readonly Iri InScheme = new(Iris.Skos.InScheme);
    private static readonly Iri TopConceptOf = new(Iris.Skos.TopConceptOf);
    private static readonly Iri Broader = new(Iris.Skos.Broader);
    private static readonly Iri Note = new(Iris.Skos.Note);
    private static readonly Iri IsReplacedBy = new(Iris.Dct.IsReplacedBy);

    public void Map()
    {
        var classes = owl.LabelledClasses().ToHashSet(StringComparer.Ordinal);
        var schemes = new Dictionary<string, Iri>(StringComparer.Ordinal);

        // Sorted so that the derived statements, and with them any derived-label choice, do not depend on hashing.
        foreach (var iri in classes.Order(StringComparer.Ordinal))
        {
            var term = owl.Terms[iri];
            emit(term.Iri, Type, Concept);
            MapLabels(term);
            MapNotes(term);

            var hasParent = false;
            foreach (var superClass in term.SuperClasses)
            {
                // Only superclasses that are concepts themselves: a link to an unlabelled or imported class would dangle.
                if (superClass != iri && classes.Contains(superClass))
                {
                    emit(term.Iri, Broader, new Iri(superClass));
                    hasParent = true;
                }
            }

            foreach (var successor in term.ReplacedBy)
            {
                emit(term.Iri, IsReplacedBy, successor);
            }

            if (owl.OntologyOf(iri) is not { } ontology)
            {
                continue;
            }

            if (!schemes.TryGetValue(ontology, out var scheme))
            {
                schemes[ontology] = scheme = new Iri(ontology);
                emit(scheme, Type, ConceptScheme);
            }

            emit(term.Iri, InScheme, scheme);

            // A deprecated class usually lost its superclass when it was obsoleted; it is not a top of the hierarchy.
            if (!hasParent && !term.Deprecated)
            {
                emit(term.Iri, TopConceptOf, scheme);
            }
        }
    }

    /// <summary>
    /// rdfs:label becomes the prefLabel of its language (untagged stays untagged, which the checks flag);
    /// when the class already has one (OWL files often carry skos:prefLabel too), a different text becomes an altLabel.
    /// </summary>
    private void MapLabels(OwlTerm term)
    {
        var subject = term.Iri.Value;
        foreach (var label in term.Labels)
        {
            var language = label.Language ?? "";
            if (!ledger.HasPrefLabel(subject, language))
            {
                emit(term.Iri, StatementLedger.LabelProperty(LabelKind.Pref), label);
            }
            else if (!ledger.HasLabelText(subject, label.Value, language))
            {
                emit(term.Iri, StatementLedger.LabelProperty(LabelKind.Alt), label);
            }
        }

        foreach (var (synonym, kind) in term.Synonyms)
        {
            // pref, alt and hidden labels must be disjoint (S13): a synonym that repeats a label adds nothing.
            if (!ledger.HasLabelText(subject, synonym.Value, synonym.Language ?? ""))
            {
                emit(term.Iri, StatementLedger.LabelProperty(kind), synonym);
            }
        }
    }

    /// <summary>
    /// IAO notes map to their SKOS counterparts. rdfs:comment becomes skos:note only when the class has no definition:
    /// OBO files often repeat the definition or keep curation remarks there, but without a definition the comment is
    /// the best documentation there is.
    /// </summary>
    private void MapNotes(OwlTerm term)
    {
        foreach (var (text, property) in term.Notes)
        {
            emit(term.Iri, new Iri(property), text);
        }

        if (ledger.HasDefinition(term.Iri.Value))
        {
            return;
        }

        foreach (var comment in term.Comments)
        {
            emit(term.Iri, Note, comment);
        }
    }
}
