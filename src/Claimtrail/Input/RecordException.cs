namespace Claimtrail.Input;

/// <summary>Raised while mapping one record of a file of posts; turned into a <see cref="RejectedItem"/> by the reader.</summary>
internal sealed class RecordException : Exception
{
    public RecordException(string category, string reason)
        : base(reason)
    {
        Category = category;
    }

    public RecordException()
    {
        Category = "malformed record";
    }

    public RecordException(string message)
        : base(message)
    {
        Category = "malformed record";
    }

    public RecordException(string message, Exception innerException)
        : base(message, innerException)
    {
        Category = "malformed record";
    }

    public string Category { get; }
}
