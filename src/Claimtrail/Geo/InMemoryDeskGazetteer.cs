namespace Claimtrail.Geo;

/// <summary>A desk gazetteer held in memory: for tests, and as the cache a ledger-backed one fills.</summary>
public sealed class InMemoryDeskGazetteer : IDeskGazetteer
{
    private readonly Dictionary<string, List<DeskPlace>> _places = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates an empty desk gazetteer, or one holding <paramref name="places"/>.</summary>
    public InMemoryDeskGazetteer(IEnumerable<DeskPlace>? places = null)
    {
        foreach (var place in places ?? [])
        {
            Add(place);
        }
    }

    /// <summary>Adds or replaces the placement of a name within a larger place.</summary>
    public void Add(DeskPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var key = PlaceNames.Key(place.Name);
        lock (_lock)
        {
            if (!_places.TryGetValue(key, out var list))
            {
                list = [];
                _places[key] = list;
            }

            list.RemoveAll(p => SameWithin(p.Within, place.Within));
            list.Add(place);
        }
    }

    /// <inheritdoc />
    public DeskPlace? Find(string name, string? within)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_lock)
        {
            if (!_places.TryGetValue(PlaceNames.Key(name), out var list))
            {
                return null;
            }

            return list.Find(p => within is not null && p.Within is not null && SameWithin(p.Within, within))
                ?? list.Find(p => p.Within is null || within is null);
        }
    }

    private static bool SameWithin(string? a, string? b) =>
        string.Equals(a is null ? null : PlaceNames.Key(a), b is null ? null : PlaceNames.Key(b), StringComparison.Ordinal);
}
