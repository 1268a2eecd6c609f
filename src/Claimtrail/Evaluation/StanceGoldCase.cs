using Claimtrail.Model;

namespace Claimtrail.Evaluation;

/// <summary>One case of the stance and hedge gold set.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Content">A part of the text inside the content of the mention scored, or null to score the first mention.</param>
/// <param name="Stance">The expected stance.</param>
/// <param name="Hedges">The expected hedges, as written; empty when the mention is not hedged.</param>
public sealed record StanceGoldCase(string Id, string Text, string? Content, Stance Stance, IReadOnlyList<string> Hedges);
