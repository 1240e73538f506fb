namespace Vocab.Core.Curation;

/// <summary>How serious a finding about a patch is: errors block submission and application, warnings inform.</summary>
public enum PatchSeverity
{
    /// <summary>Worth knowing (the label exists on another concept, it was rejected before).</summary>
    Warning,

    /// <summary>Breaks an integrity rule or is malformed: the patch cannot be applied.</summary>
    Error,
}

/// <summary>One finding about a patch: which step (<see cref="Operation"/>, 0-based) and which field it concerns.</summary>
public sealed record PatchIssue(PatchSeverity Severity, string Code, string Message, int Operation = -1, string? Field = null)
{
    /// <summary>True for <see cref="PatchSeverity.Error"/>.</summary>
    public bool IsError => Severity == PatchSeverity.Error;
}

/// <summary>Finds the concepts that have a label with a given normalized key (the label index does this fast).</summary>
public interface ILabelLookup
{
    /// <summary>IRIs of concepts with a label whose normalized key equals <paramref name="key"/>; may include false positives.</summary>
    IEnumerable<string> ConceptsWithKey(string key);
}
