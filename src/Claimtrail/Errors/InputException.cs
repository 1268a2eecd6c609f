namespace Claimtrail.Errors;

/// <summary>An input that cannot be used: names the input, where in it, and why.</summary>
public sealed class InputException : ClaimtrailException
{
    /// <summary>Creates the error for <paramref name="input"/>.</summary>
    /// <param name="input">The file path, URL or record that failed.</param>
    /// <param name="reason">Why, in words a user can act on.</param>
    /// <param name="location">Line, message id or record id inside the input, when known.</param>
    /// <param name="innerException">The underlying error, when there is one.</param>
    public InputException(string input, string reason, string? location = null, Exception? innerException = null)
        : base(Format(input, reason, location), innerException!)
    {
        Input = input;
        Reason = reason;
        Location = location;
    }

    /// <summary>The file path, URL or record that failed.</summary>
    public string Input { get; }

    /// <summary>Why it failed.</summary>
    public string Reason { get; }

    /// <summary>Line, message id or record id inside the input, when known.</summary>
    public string? Location { get; }

    private static string Format(string input, string reason, string? location) =>
        location is null ? $"{input}: {reason}" : $"{input} ({location}): {reason}";
}
