namespace Vocab.Data;

/// <summary>
/// One row of the temporal statements table: an RDF statement (terms in N-Triples syntax) that became current in
/// change <see cref="AddedIn"/> and stopped being current in change <see cref="RemovedIn"/> (null while current).
/// </summary>
public sealed class Statement
{
    /// <summary>Row id; increases in insertion order.</summary>
    public long Id { get; set; }

    /// <summary>The graph name in N-Triples syntax; the store holds named graphs only.</summary>
    public required string Graph { get; set; }

    /// <summary>The subject in N-Triples syntax.</summary>
    public required string Subject { get; set; }

    /// <summary>The predicate in N-Triples syntax.</summary>
    public required string Predicate { get; set; }

    /// <summary>The object in N-Triples syntax.</summary>
    public required string Object { get; set; }

    /// <summary>First 16 bytes of SHA-256 over graph, subject, predicate and object joined by NUL (UTF-8).</summary>
    public required byte[] Hash { get; set; }

    /// <summary>Sequence number of the change that added the statement.</summary>
    public long AddedIn { get; set; }

    /// <summary>Sequence number of the change that removed the statement; null while it is current.</summary>
    public long? RemovedIn { get; set; }
}
