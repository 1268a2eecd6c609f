namespace Claimtrail.Errors;

/// <summary>The base of every error Claimtrail raises on purpose.</summary>
public class ClaimtrailException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public ClaimtrailException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public ClaimtrailException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
