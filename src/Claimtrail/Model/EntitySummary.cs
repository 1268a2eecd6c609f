namespace Claimtrail.Model;

/// <summary>A distinct entity of a report with how often it occurs.</summary>
/// <param name="Text">Canonical form as first written.</param>
/// <param name="Type">Its type.</param>
/// <param name="Count">Number of occurrences in the report.</param>
public sealed record EntitySummary(string Text, EntityType Type, int Count);
