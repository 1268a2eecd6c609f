using Claimtrail.Model;

namespace Claimtrail.Provenance;

/// <summary>A mention that answers a claim (denies, confirms, declines to comment, deflects) rather than stating it.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="MentionId">The answering mention.</param>
/// <param name="Stance">How it answers.</param>
/// <param name="Speaker">Who answers, when named.</param>
/// <param name="Time">When the report appeared.</param>
public sealed record ClaimResponse(string ReportId, string MentionId, Stance Stance, ProvenanceAgent? Speaker, DateTimeOffset Time);
