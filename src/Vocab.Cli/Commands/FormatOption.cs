using System.CommandLine;
using Vocab.Rdf;

namespace Vocab.Cli.Commands;

/// <summary>The <c>--format</c> option: a syntax name, checked against the known ones with a clear message.</summary>
internal static class FormatOption
{
    public static readonly string[] Names = ["ttl", "nt", "nq", "trig", "rdfxml", "jsonld"];

    public static Option<string?> Create(string description)
    {
        var option = new Option<string?>("--format") { Description = description + " (" + string.Join("|", Names) + ")" };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && RdfFormats.FromName(value) is null)
            {
                result.AddError($"unknown --format '{value}': use one of {string.Join(", ", Names)}");
            }
        });
        return option;
    }

    public static RdfFormat? Read(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } name ? RdfFormats.FromName(name) : null;
}
