namespace Vocab.Core.Checks;

/// <summary>Checks on types, mappings, references and documentation: S9, S37, S46, dangling links, undocumented concepts.</summary>
internal static class ResourceChecks
{
    public static void CheckTypes(Thesaurus thesaurus, FindingSink sink)
    {
        foreach (var node in thesaurus.Nodes)
        {
            var kinds = node.Kinds;
            if ((kinds & (ResourceKinds.Concept | ResourceKinds.ConceptScheme)) == (ResourceKinds.Concept | ResourceKinds.ConceptScheme))
            {
                sink.Report(FindingCodes.ConceptIsScheme, node.Key, "typed both skos:Concept and skos:ConceptScheme");
            }

            if ((kinds & ResourceKinds.Collection) != 0 && (kinds & (ResourceKinds.Concept | ResourceKinds.ConceptScheme)) != 0)
            {
                var other = (kinds & ResourceKinds.Concept) != 0 ? "skos:Concept" : "skos:ConceptScheme";
                sink.Report(FindingCodes.CollectionIsConcept, node.Key, $"typed both skos:Collection and {other}");
            }
        }
    }

    /// <summary>
    /// S46. exactMatch is symmetric and narrowMatch is the inverse of broadMatch, so "A exactMatch B" clashes with
    /// A's own broad/narrow/related match to B and with B's to A; each unordered pair is reported once.
    /// </summary>
    public static void CheckMappings(Thesaurus thesaurus, FindingSink sink)
    {
        var reported = new HashSet<(string, string)>();
        foreach (var node in thesaurus.Nodes)
        {
            if (node.More?.Mappings is not { } mappings)
            {
                continue;
            }

            foreach (var exact in mappings)
            {
                if (exact.Kind != MappingKind.Exact)
                {
                    continue;
                }

                var clash = Clash(mappings, exact.Target) ?? Clash(thesaurus.Find(exact.Target)?.More?.Mappings, node.Key);
                var pair = string.CompareOrdinal(node.Key, exact.Target) < 0 ? (node.Key, exact.Target) : (exact.Target, node.Key);
                if (clash is { } kind && reported.Add(pair))
                {
                    sink.Report(FindingCodes.ExactMatchClash, node.Key, $"skos:exactMatch <{exact.Target}> is also a {MatchName(kind)} between the two");
                }
            }
        }
    }

    /// <summary>Links whose target is not the subject of any statement; mappings point outside and are exempt.</summary>
    public static void CheckDangling(Thesaurus thesaurus, FindingSink sink)
    {
        foreach (var concept in thesaurus.Concepts.Values)
        {
            var node = concept.Node;
            Check(node.Broader, "skos:broader");
            Check(node.Narrower, "skos:narrower");
            Check(node.More?.Related, "skos:related");
            Check(node.Schemes, "skos:inScheme");
            Check(node.More?.ReplacedBy, "dct:isReplacedBy");

            void Check(RefBag<string>? targets, string property)
            {
                foreach (var target in targets ?? RefBag<string>.Empty)
                {
                    if (!thesaurus.IsDescribed(target))
                    {
                        // Schemes include the ones the concept is top of; name the property the data used.
                        var used = property == "skos:inScheme" && concept.TopConceptOf.Contains(target) ? "skos:topConceptOf" : property;
                        sink.Report(FindingCodes.DanglingReference, concept.Iri, $"{used} <{target}> is not described in the thesaurus");
                    }
                }
            }
        }
    }

    public static void CheckDocumentation(Thesaurus thesaurus, FindingSink sink)
    {
        foreach (var concept in thesaurus.Concepts.Values)
        {
            if (!concept.Deprecated && !IsDocumented(concept.Node))
            {
                sink.Report(FindingCodes.UndocumentedConcept, concept.Iri, "no skos:definition, skos:scopeNote or skos:note");
            }
        }
    }

    private static bool IsDocumented(Node node)
    {
        foreach (var note in node.Notes ?? RefBag<Note>.Empty)
        {
            if (note.Kind is NoteKind.Definition or NoteKind.ScopeNote or NoteKind.Note)
            {
                return true;
            }
        }

        return false;
    }

    private static MappingKind? Clash(RefBag<Mapping>? mappings, string target)
    {
        foreach (var mapping in mappings ?? RefBag<Mapping>.Empty)
        {
            if (mapping.Target == target && mapping.Kind is MappingKind.Broad or MappingKind.Narrow or MappingKind.Related)
            {
                return mapping.Kind;
            }
        }

        return null;
    }

    private static string MatchName(MappingKind kind) => kind switch
    {
        MappingKind.Broad => "skos:broadMatch",
        MappingKind.Narrow => "skos:narrowMatch",
        _ => "skos:relatedMatch",
    };
}
