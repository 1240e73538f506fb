namespace Vocab.Rdf;

/// <summary>IRIs of the vocabularies the RDF syntaxes themselves need (RDF, RDFS, XSD).</summary>
public static class Vocabulary
{
    /// <summary>The RDF namespace.</summary>
    public static class Rdf
    {
        public const string Ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        public const string Type = Ns + "type";
        public const string First = Ns + "first";
        public const string Rest = Ns + "rest";
        public const string Nil = Ns + "nil";
        public const string LangString = Ns + "langString";
        public const string XmlLiteral = Ns + "XMLLiteral";
        public const string Subject = Ns + "subject";
        public const string Predicate = Ns + "predicate";
        public const string Object = Ns + "object";
        public const string Statement = Ns + "Statement";
        public const string Li = Ns + "li";
        public const string Json = Ns + "JSON";
    }

    /// <summary>The XML Schema datatypes namespace.</summary>
    public static class Xsd
    {
        public const string Ns = "http://www.w3.org/2001/XMLSchema#";
        public const string String = Ns + "string";
        public const string Boolean = Ns + "boolean";
        public const string Integer = Ns + "integer";
        public const string Decimal = Ns + "decimal";
        public const string Double = Ns + "double";
        public const string Date = Ns + "date";
        public const string DateTime = Ns + "dateTime";
    }

    /// <summary>The RDFS namespace.</summary>
    public static class Rdfs
    {
        public const string Ns = "http://www.w3.org/2000/01/rdf-schema#";
        public const string Label = Ns + "label";
        public const string Comment = Ns + "comment";
        public const string SubClassOf = Ns + "subClassOf";
        public const string SeeAlso = Ns + "seeAlso";
        public const string IsDefinedBy = Ns + "isDefinedBy";
    }
}
