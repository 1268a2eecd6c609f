using Claimtrail.Model;

namespace Claimtrail.Provenance;

/// <summary>An actor in a claim's provenance: a channel, outlet, person or body that published, relayed or stated it.</summary>
/// <param name="Id">
/// <c>agent:</c> and the <see cref="Ledger.SourceKey"/> of the name, so one actor named as a publisher, a forward and a
/// speaker is one agent; <c>unnamed:</c>, the report id and the key for a source the text does not name ("a source"),
/// which cannot be told apart from another report's; <c>report:</c> and the report id when a text names no one at all.
/// </param>
/// <param name="Name">The name as first met.</param>
/// <param name="Kind">What kind of actor the text says it is (<see cref="SourceKind.Unknown"/> for a publisher).</param>
public sealed record ProvenanceAgent(string Id, string Name, SourceKind Kind);
