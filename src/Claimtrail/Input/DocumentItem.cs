namespace Claimtrail.Input;

/// <summary>A document read from an input, ready to analyse.</summary>
/// <param name="Input">The file path or URL it came from.</param>
/// <param name="Position">How far into the input it ends, in bytes.</param>
/// <param name="Document">The document.</param>
public sealed record DocumentItem(string Input, long Position, SourceDocument Document) : InputItem(Input, Position);
