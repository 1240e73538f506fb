using System.Xml;

namespace Vocab.Rdf;

/// <summary>The name rules of the RDF/XML grammar (section 7.2 of RDF 1.1 XML Syntax).</summary>
internal static class RdfXmlNames
{
    public const string RdfNs = Vocabulary.Rdf.Ns;
    public const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNs = "http://www.w3.org/2000/xmlns/";

    /// <summary>rdf:RDF, rdf:ID, rdf:about, rdf:parseType, rdf:resource, rdf:nodeID, rdf:datatype.</summary>
    public static bool IsCoreSyntaxTerm(string local) =>
        local is "RDF" or "ID" or "about" or "parseType" or "resource" or "nodeID" or "datatype";

    /// <summary>Names removed from the language; using them is an error, not an extension.</summary>
    public static bool IsOldTerm(string local) => local is "aboutEach" or "aboutEachPrefix" or "bagID";

    /// <summary>nodeElementURIs: anything but the core syntax terms, rdf:li and the old terms.</summary>
    public static bool IsNodeElementName(string ns, string local) =>
        ns != RdfNs || !(IsCoreSyntaxTerm(local) || local == "li" || IsOldTerm(local));

    /// <summary>propertyElementURIs: anything but the core syntax terms, rdf:Description and the old terms.</summary>
    public static bool IsPropertyElementName(string ns, string local) =>
        ns != RdfNs || !(IsCoreSyntaxTerm(local) || local == "Description" || IsOldTerm(local));

    /// <summary>propertyAttributeURIs: anything but the core syntax terms, rdf:Description, rdf:li and the old terms.</summary>
    public static bool IsPropertyAttributeName(string ns, string local) =>
        ns != RdfNs || !(IsCoreSyntaxTerm(local) || local is "Description" or "li" || IsOldTerm(local));

    /// <summary>Whether <paramref name="value"/> is an XML NCName (rdf:ID and rdf:nodeID values must be).</summary>
    public static bool IsNCName(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // Supplementary characters #x10000-#xEFFFF are name characters in XML 1.0 fifth edition.
                var cp = char.ConvertToUtf32(c, value[i + 1]);
                if (cp > 0xEFFFF)
                {
                    return false;
                }

                i++;
                continue;
            }

            var ok = i == 0 ? XmlConvert.IsStartNCNameChar(c) : XmlConvert.IsNCNameChar(c);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> holds only XML white space (space, tab, CR, LF).</summary>
    public static bool IsXmlWhitespace(ReadOnlySpan<char> value) =>
        !value.ContainsAnyExcept(" \t\r\n");
}
