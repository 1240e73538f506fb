using Vocab.Data;

namespace Vocab.Server;

/// <summary>How the host is started: the store, whether an empty store is seeded, and where to listen.</summary>
public sealed record VocabServerOptions
{
    /// <summary>The store; null reads <c>Vocab:Db</c> from configuration, else <c>$VOCAB_DB</c>, else the default file.</summary>
    public StoreOptions? Store { get; init; }

    /// <summary>Load the shipped thesaurus into an empty store at start.</summary>
    public bool Seed { get; init; } = true;

    /// <summary>Listen URLs (semicolon-separated); null leaves ASP.NET Core's own configuration in charge.</summary>
    public string? Urls { get; init; }

    /// <summary>How often the change log is polled for changes written by other processes.</summary>
    public TimeSpan FollowInterval { get; init; } = TimeSpan.FromSeconds(1);
}
