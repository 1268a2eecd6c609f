namespace Claimtrail.Input;

/// <summary>
/// One thing read from an input: a document to analyse, a record rejected with its reason, or a record skipped
/// on purpose (a service message). A file of posts gives many; an article file gives one.
/// </summary>
/// <param name="Input">The file path or URL it came from.</param>
/// <param name="Position">How far into the input it ends, in bytes: for progress.</param>
public abstract record InputItem(string Input, long Position);
