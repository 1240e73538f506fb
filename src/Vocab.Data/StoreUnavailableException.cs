namespace Vocab.Data;

/// <summary>
/// The store cannot be reached or opened (PostgreSQL refused the connection, authentication failed, timed out, or
/// the SQLite file cannot be opened). The message is meant for the user as is; no stack trace needed.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception with a user-facing message and the underlying cause.</summary>
    public StoreUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a user-facing message.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreUnavailableException()
        : base("the store is unavailable")
    {
    }
}
