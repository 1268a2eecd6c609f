using Claimtrail.Geo;
using Claimtrail.Ledger;

namespace Claimtrail.Pipeline;

/// <summary>
/// The default pipeline with a ledger's desk gazetteer in its geocoder, so the places analysts placed by hand
/// (<c>claimtrail places add</c>) resolve in every later analysis: the CLI's runs and the desk's ingests alike.
/// </summary>
/// <remarks>
/// A command reads the gazetteer once, at its start (<see cref="CreateAsync"/>). A long-running process keeps one
/// instance and asks for <see cref="CurrentAsync"/> before each analysis: the gazetteer is a small table, read again each
/// time, and the pipeline is built anew only when it has changed, so a placement made while the desk runs applies to its
/// next ingest.
/// </remarks>
public sealed class LedgerPipeline(IDeskPlaces ledger)
{
    private Snapshot? _current;

    /// <summary>A pipeline over the desk gazetteer of <paramref name="ledger"/> as it is now.</summary>
    /// <exception cref="LedgerException">The ledger cannot be read.</exception>
    public static async Task<AnalysisPipeline> CreateAsync(IDeskPlaces ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return Create(await ReadAsync(ledger, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The pipeline over the desk gazetteer as it is now, built again only when the gazetteer changed since the last call.</summary>
    /// <exception cref="LedgerException">The ledger cannot be read.</exception>
    public async Task<AnalysisPipeline> CurrentAsync(CancellationToken cancellationToken)
    {
        var places = await ReadAsync(ledger, cancellationToken).ConfigureAwait(false);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Places.SequenceEqual(places))
        {
            return current.Pipeline;
        }

        // Two callers that see the same change may both build; either pipeline is right, and the last one stays.
        var fresh = new Snapshot(places, Create(places));
        Volatile.Write(ref _current, fresh);
        return fresh.Pipeline;
    }

    private static AnalysisPipeline Create(IReadOnlyList<DeskPlace> places)
    {
        var desk = new InMemoryDeskGazetteer();
        foreach (var place in places)
        {
            desk.Add(place);
        }

        return new AnalysisPipeline(AnalysisPipeline.DefaultComponents() with { Geocoder = Geocoder.CreateDefault(desk) });
    }

    private static async Task<IReadOnlyList<DeskPlace>> ReadAsync(IDeskPlaces ledger, CancellationToken cancellationToken)
    {
        var places = new List<DeskPlace>();
        await foreach (var place in ledger.ListDeskPlacesAsync(cancellationToken).ConfigureAwait(false))
        {
            places.Add(place);
        }

        // In a fixed order, so two reads of an unchanged gazetteer compare equal whatever order the engine returns.
        places.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Within, b.Within);
        });
        return places;
    }

    private sealed record Snapshot(IReadOnlyList<DeskPlace> Places, AnalysisPipeline Pipeline);
}
