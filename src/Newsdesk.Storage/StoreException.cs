namespace Newsdesk.Storage;

/// <summary>
/// The store cannot be used as configured: the file is not a Newsdesk database, its schema is newer than this
/// program, or it cannot be opened. Nothing was written when this is thrown.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message)
    {
    }

    public StoreException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StoreException()
    {
    }
}
