namespace Vocab.Core;

/// <summary>IRIs of the vocabularies a thesaurus is made of: SKOS, SKOS-XL, DCT, OWL, RDFS, OBO and IAO.</summary>
public static class Iris
{
    /// <summary>SKOS core.</summary>
    public static class Skos
    {
        public const string Ns = "http://www.w3.org/2004/02/skos/core#";
        public const string Concept = Ns + "Concept";
        public const string ConceptScheme = Ns + "ConceptScheme";
        public const string Collection = Ns + "Collection";
        public const string OrderedCollection = Ns + "OrderedCollection";
        public const string Member = Ns + "member";
        public const string MemberList = Ns + "memberList";
        public const string InScheme = Ns + "inScheme";
        public const string HasTopConcept = Ns + "hasTopConcept";
        public const string TopConceptOf = Ns + "topConceptOf";
        public const string PrefLabel = Ns + "prefLabel";
        public const string AltLabel = Ns + "altLabel";
        public const string HiddenLabel = Ns + "hiddenLabel";
        public const string Notation = Ns + "notation";
        public const string Note = Ns + "note";
        public const string ChangeNote = Ns + "changeNote";
        public const string Definition = Ns + "definition";
        public const string EditorialNote = Ns + "editorialNote";
        public const string Example = Ns + "example";
        public const string HistoryNote = Ns + "historyNote";
        public const string ScopeNote = Ns + "scopeNote";
        public const string SemanticRelation = Ns + "semanticRelation";
        public const string Broader = Ns + "broader";
        public const string Narrower = Ns + "narrower";
        public const string Related = Ns + "related";
        public const string BroaderTransitive = Ns + "broaderTransitive";
        public const string NarrowerTransitive = Ns + "narrowerTransitive";
        public const string MappingRelation = Ns + "mappingRelation";
        public const string CloseMatch = Ns + "closeMatch";
        public const string ExactMatch = Ns + "exactMatch";
        public const string BroadMatch = Ns + "broadMatch";
        public const string NarrowMatch = Ns + "narrowMatch";
        public const string RelatedMatch = Ns + "relatedMatch";
    }

    /// <summary>SKOS eXtension for Labels.</summary>
    public static class SkosXl
    {
        public const string Ns = "http://www.w3.org/2008/05/skos-xl#";
        public const string Label = Ns + "Label";
        public const string LiteralForm = Ns + "literalForm";
        public const string PrefLabel = Ns + "prefLabel";
        public const string AltLabel = Ns + "altLabel";
        public const string HiddenLabel = Ns + "hiddenLabel";
        public const string LabelRelation = Ns + "labelRelation";
    }

    /// <summary>Dublin Core terms.</summary>
    public static class Dct
    {
        public const string Ns = "http://purl.org/dc/terms/";
        public const string Title = Ns + "title";
        public const string Description = Ns + "description";
        public const string Created = Ns + "created";
        public const string Modified = Ns + "modified";
        public const string IsReplacedBy = Ns + "isReplacedBy";
        public const string Replaces = Ns + "replaces";
        public const string Source = Ns + "source";
        public const string License = Ns + "license";
        public const string Creator = Ns + "creator";
    }

    /// <summary>OWL.</summary>
    public static class Owl
    {
        public const string Ns = "http://www.w3.org/2002/07/owl#";
        public const string Class = Ns + "Class";
        public const string Ontology = Ns + "Ontology";
        public const string Deprecated = Ns + "deprecated";
        public const string Thing = Ns + "Thing";
        public const string NamedIndividual = Ns + "NamedIndividual";
        public const string SameAs = Ns + "sameAs";
        public const string EquivalentClass = Ns + "equivalentClass";
    }

    /// <summary>RDF and RDFS terms the thesaurus uses.</summary>
    public static class Rdf
    {
        public const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
        public const string LangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
        public const string RdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
        public const string RdfsComment = "http://www.w3.org/2000/01/rdf-schema#comment";
        public const string RdfsSubClassOf = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
        public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";
        public const string XsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
    }

    /// <summary>oboInOwl synonym properties and IAO annotation properties used by OBO ontologies.</summary>
    public static class Obo
    {
        public const string InOwlNs = "http://www.geneontology.org/formats/oboInOwl#";
        public const string HasExactSynonym = InOwlNs + "hasExactSynonym";
        public const string HasRelatedSynonym = InOwlNs + "hasRelatedSynonym";
        public const string HasBroadSynonym = InOwlNs + "hasBroadSynonym";
        public const string HasNarrowSynonym = InOwlNs + "hasNarrowSynonym";
        public const string HasDbXref = InOwlNs + "hasDbXref";
        public const string Id = InOwlNs + "id";
        public const string Definition = "http://purl.obolibrary.org/obo/IAO_0000115";
        public const string EditorNote = "http://purl.obolibrary.org/obo/IAO_0000116";
        public const string AlternativeTerm = "http://purl.obolibrary.org/obo/IAO_0000118";
        public const string ExampleOfUsage = "http://purl.obolibrary.org/obo/IAO_0000112";
        public const string TermReplacedBy = "http://purl.obolibrary.org/obo/IAO_0100001";
    }

    /// <summary>Vocab's own terms: the schemes the server treats specially and the properties of ontology/def.ttl.</summary>
    public static class Vocab
    {
        public const string Base = "https://w3id.org/vocab/";
        public const string DefNs = Base + "def#";

        /// <summary>The concept scheme of units of measurement; a unit split off a raw label is resolved against it.</summary>
        public const string UnitScheme = Base + "unit";

        /// <summary>A raw label an expert confirmed denotes the concept (not a SKOS label; used by normalization only).</summary>
        public const string MappedLabel = DefNs + "mappedLabel";

        /// <summary>The unit a parameter or property is usually given in.</summary>
        public const string UsualUnit = DefNs + "usualUnit";
    }
}
