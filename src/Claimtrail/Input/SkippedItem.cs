namespace Claimtrail.Input;

/// <summary>A record left out on purpose, counted in the closing summary: a service message, a post with no text.</summary>
/// <param name="Input">The file path or URL it came from.</param>
/// <param name="Position">How far into the input it ends, in bytes.</param>
/// <param name="Reason">The countable reason ("service message").</param>
public sealed record SkippedItem(string Input, long Position, string Reason) : InputItem(Input, Position);
