using Vocab.Core;
using Vocab.Core.Curation;

namespace Vocab.Server.Api.Curation;

/// <summary>
/// Turns an operation as sent into a <see cref="PatchOperation"/>, naming the field that is wrong. Only the shape is
/// checked here; what the patch means (clashes, cycles, deprecated concepts) is the curation service's validation.
/// </summary>
internal static class OperationParser
{
    private const int MaxFieldLength = 20_000;

    /// <summary>Returns null and the operation, or what is wrong with it.</summary>
    public static string? Parse(OperationInput? input, out PatchOperation? operation)
    {
        operation = null;
        if (input is null)
        {
            return "an operation must be a JSON object";
        }

        if (!Names.TryParse<PatchOp>(input.Op, out var op))
        {
            return $"'op' must be one of {string.Join(", ", Enum.GetNames<PatchOp>())}";
        }

        if (string.IsNullOrWhiteSpace(input.Concept) || !Uri.TryCreate(input.Concept, UriKind.Absolute, out _))
        {
            return "'concept' must be an absolute IRI";
        }

        LabelKind? kind = null;
        if (input.LabelKind is { Length: > 0 })
        {
            if (!Names.TryParse<LabelKind>(input.LabelKind, out var k))
            {
                return "'labelKind' must be Pref, Alt or Hidden";
            }

            kind = k;
        }

        foreach (var (name, value) in new[] { ("text", input.Text), ("lang", input.Lang), ("relation", input.Relation), ("target", input.Target) })
        {
            if (value?.Length > MaxFieldLength)
            {
                return $"'{name}' has {value.Length} characters; at most {MaxFieldLength} are allowed";
            }
        }

        operation = new PatchOperation(op, input.Concept, input.Text, input.Lang, kind, input.Relation, input.Target);
        return null;
    }
}
