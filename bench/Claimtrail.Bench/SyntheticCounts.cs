namespace Claimtrail.Bench;

/// <summary>What a synthetic export holds.</summary>
/// <param name="Messages">Messages written, of every kind.</param>
/// <param name="Posts">Well-formed messages with text: the reports an ingest stores.</param>
/// <param name="Service">Service messages.</param>
/// <param name="Malformed">Broken messages an ingest rejects.</param>
internal sealed record SyntheticCounts(int Messages, int Posts, int Service, int Malformed);
