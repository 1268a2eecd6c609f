namespace Claimtrail.Provenance;

/// <summary>An independent origin of a claim: a root of its provenance graph, with when it was first seen.</summary>
/// <param name="Agent">The origin.</param>
/// <param name="FirstReportId">The report of its earliest appearance.</param>
/// <param name="FirstSeen">The time of its earliest appearance.</param>
/// <param name="Appearances">How many appearances lead back to it.</param>
public sealed record ClaimOrigin(ProvenanceAgent Agent, string FirstReportId, DateTimeOffset FirstSeen, int Appearances);
