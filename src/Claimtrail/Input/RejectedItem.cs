using Claimtrail.Errors;

namespace Claimtrail.Input;

/// <summary>
/// A record (or a whole input) that cannot be used: the error names the input, the line or message id, and why.
/// The batch goes on with the next record when the input allows it.
/// </summary>
/// <param name="Input">The file path or URL it came from.</param>
/// <param name="Position">How far into the input it ends, in bytes.</param>
/// <param name="Error">What went wrong, and where.</param>
/// <param name="Category">A short, countable kind of problem for the closing summary ("malformed message", "invalid date").</param>
public sealed record RejectedItem(string Input, long Position, InputException Error, string Category) : InputItem(Input, Position);
