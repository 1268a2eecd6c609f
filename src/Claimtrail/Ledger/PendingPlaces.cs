using System.Text.Json;
using Claimtrail.Geo;
using Claimtrail.Json;
using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>
/// Gathers the places awaiting geolocation from stored mentions, for either engine: the engine reads the mentions whose
/// places may be pending, this groups them by name and containing place (<see cref="PlaceNames.Key"/>) and leaves out
/// those the desk has placed since.
/// </summary>
public sealed class PendingPlaces
{
    private readonly Dictionary<(string Name, string Within), Group> _groups = [];

    /// <summary>Takes one stored mention: its places as stored (JSON in the analysis contract's shape) and the claims it states.</summary>
    /// <param name="mentionId">The mention.</param>
    /// <param name="reportId">The report it is in.</param>
    /// <param name="ingestedAt">When that report was stored.</param>
    /// <param name="placesJson">The mention's places column.</param>
    /// <param name="claimIds">The claims the mention states.</param>
    /// <exception cref="LedgerException">The places column is not a list of places.</exception>
    public void Add(string mentionId, string reportId, DateTimeOffset ingestedAt, string placesJson, IEnumerable<string> claimIds)
    {
        ArgumentNullException.ThrowIfNull(placesJson);
        ArgumentNullException.ThrowIfNull(claimIds);
        IReadOnlyList<PlaceRef> places;
        try
        {
            places = JsonSerializer.Deserialize<IReadOnlyList<PlaceRef>>(placesJson, AnalysisJson.Compact) ?? [];
        }
        catch (JsonException ex)
        {
            throw new LedgerException($"mention {mentionId}: stored places are not readable: {ex.Message}", ex);
        }

        var claims = claimIds as IReadOnlyCollection<string> ?? [.. claimIds];
        foreach (var place in places)
        {
            if (place.Geo is not { Pending: true })
            {
                continue;
            }

            var key = (PlaceNames.Key(place.Name), place.Within is null ? string.Empty : PlaceNames.Key(place.Within));
            if (!_groups.TryGetValue(key, out var group))
            {
                group = new Group(place.Name, place.Within, ingestedAt);
                _groups[key] = group;
            }

            group.Mentions.Add(mentionId);
            group.Reports.Add(reportId);
            group.Claims.UnionWith(claims);
            if (ingestedAt < group.FirstSeen)
            {
                group.FirstSeen = ingestedAt;
            }
        }
    }

    /// <summary>
    /// The places gathered, most mentioned first (then by name), without those <paramref name="desk"/> now places.
    /// </summary>
    public IReadOnlyList<PendingPlace> ToList(IDeskGazetteer? desk = null) =>
        [.. _groups.Values
            .Where(g => desk?.Find(g.Name, g.Within) is null)
            .Select(g => new PendingPlace(g.Name, g.Within, g.Mentions.Count, g.Claims.Count, g.Reports.Count, g.FirstSeen))
            .OrderByDescending(p => p.Mentions)
            .ThenBy(p => PlaceNames.Key(p.Name), StringComparer.Ordinal)
            .ThenBy(p => p.Within is null ? string.Empty : PlaceNames.Key(p.Within), StringComparer.Ordinal)];

    private sealed class Group(string name, string? within, DateTimeOffset firstSeen)
    {
        public string Name { get; } = name;

        public string? Within { get; } = within;

        public DateTimeOffset FirstSeen { get; set; } = firstSeen;

        public HashSet<string> Mentions { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Reports { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Claims { get; } = new(StringComparer.Ordinal);
    }
}
