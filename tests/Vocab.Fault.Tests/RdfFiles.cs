using System.Globalization;
using System.Text;

namespace Vocab.Fault.Tests;

/// <summary>Generated SKOS thesauri as N-Triples: ten statements per concept, every concept and label unique to its prefix.</summary>
internal static class RdfFiles
{
    public const int StatementsPerConcept = 10;

    /// <summary>Concepts in the files the import fault tests kill: 60,001 statements, a few seconds of work on either provider.</summary>
    public const int ImportConcepts = 6_000;

    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    /// <summary>The IRI of concept <paramref name="i"/> of the thesaurus named <paramref name="prefix"/>.</summary>
    public static string Concept(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"https://example.org/fault/{prefix}/c{i}");

    /// <summary>Writes <paramref name="concepts"/> concepts (ten statements each) into <paramref name="path"/>.</summary>
    public static string Write(string path, string prefix, int concepts)
    {
        var scheme = $"<https://example.org/fault/{prefix}>";
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scheme} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{Skos}ConceptScheme> ."));
        for (var i = 0; i < concepts; i++)
        {
            var c = "<" + Concept(prefix, i) + ">";
            var lines = new[]
            {
                $"{c} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{Skos}Concept> .",
                $"{c} <{Skos}inScheme> {scheme} .",
                $"{c} <{Skos}prefLabel> \"{prefix} concept {i}\"@en .",
                $"{c} <{Skos}prefLabel> \"{prefix} 概念 {i}\"@ja .",
                $"{c} <{Skos}altLabel> \"{prefix} term {i}\"@en .",
                $"{c} <{Skos}altLabel> \"{prefix}-t{i}\"@en .",
                $"{c} <{Skos}hiddenLabel> \"{prefix}concept{i}\"@en .",
                $"{c} <{Skos}notation> \"{prefix}-{i}\" .",
                $"{c} <{Skos}definition> \"Generated concept {i} of {prefix} for the fault tests.\"@en .",
                i == 0 ? $"{c} <{Skos}topConceptOf> {scheme} ." : $"{c} <{Skos}broader> <{Concept(prefix, (i - 1) / 10)}> .",
            };
            foreach (var line in lines)
            {
                writer.WriteLine(line);
            }
        }

        return path;
    }

    /// <summary>Statements a file of <paramref name="concepts"/> concepts holds.</summary>
    public static long StatementCount(int concepts) => 1 + ((long)concepts * StatementsPerConcept);
}
