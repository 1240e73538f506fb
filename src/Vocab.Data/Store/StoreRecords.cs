using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>Who makes a change and why; <paramref name="Kind"/> is import, edit, merge, restore, ...</summary>
public sealed record ChangeInfo(string Actor, string Reason, string Kind, long? ProposalId = null, string? Source = null);

/// <summary>A committed entry of the change log.</summary>
public sealed record ChangeEntry(
    long Sequence,
    DateTime TimestampUtc,
    string Actor,
    string Reason,
    string Kind,
    long? ProposalId,
    string? Source,
    long AddedCount,
    long RemovedCount,
    string? SummaryJson)
{
    internal static ChangeEntry From(Change c) =>
        new(c.Seq, c.TimestampUtc, c.Actor, c.Reason, c.Kind, c.ProposalId, c.Source, c.AddedCount, c.RemovedCount, c.SummaryJson);
}

/// <summary>A current statement as stored: its row id, the quad (Graph always set) and the change that added it.</summary>
public readonly record struct StoredStatement(long Id, Quad Quad, long AddedIn);

/// <summary>What one change did: the statements it added and removed, each in row order.</summary>
public sealed record ChangeStatements(long Sequence, IReadOnlyList<Quad> Added, IReadOnlyList<Quad> Removed);

/// <summary>A named graph of the store and how many current statements it holds.</summary>
public sealed record GraphInfo(Term Graph, long StatementCount);
