using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>A source and everything it has stated or relayed in the ledger.</summary>
/// <param name="Name">The name as first written.</param>
/// <param name="Kind">What kind of actor it is.</param>
/// <param name="Key">Its <see cref="SourceKey"/>; with the kind, its identity.</param>
/// <param name="Activity">Its mentions, stated and relayed, in ingest order.</param>
public sealed record SourceDetail(string Name, SourceKind Kind, string Key, IReadOnlyList<SourceActivity> Activity);
