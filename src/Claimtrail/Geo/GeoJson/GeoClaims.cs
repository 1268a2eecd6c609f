using Claimtrail.Ledger;
using Claimtrail.Model;

namespace Claimtrail.Geo.GeoJson;

/// <summary>Turns an analysis (reports, mentions, claims) into claims with resolved places, ready for <see cref="GeoJsonWriter"/>.</summary>
public static class GeoClaims
{
    /// <summary>
    /// Geocodes the places of every report of <paramref name="result"/> (each report as one context) and gives each
    /// claim the places of its mentions and its sources (speakers, then relays).
    /// </summary>
    public static IReadOnlyList<GeoClaim> From(AnalysisResult result, IGeocoder geocoder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(geocoder);
        var mentions = new Dictionary<string, (Mention Mention, IReadOnlyList<ResolvedPlace> Places)>(StringComparer.Ordinal);
        foreach (var report in result.Reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var places = report.Mentions.SelectMany(m => m.Places).Distinct().ToList();
            var resolved = geocoder.Resolve(report.Text, places);
            var byPlace = new Dictionary<PlaceRef, ResolvedPlace>();
            for (var i = 0; i < places.Count; i++)
            {
                byPlace[places[i]] = resolved[i];
            }

            foreach (var mention in report.Mentions)
            {
                mentions[mention.Id] = (mention, mention.Places.Select(p => byPlace[p]).ToList());
            }
        }

        var claims = new List<GeoClaim>(result.Claims.Count);
        foreach (var claim in result.Claims)
        {
            var sources = new List<string>();
            var places = new List<ResolvedPlace>();
            foreach (var id in claim.Mentions)
            {
                if (!mentions.TryGetValue(id, out var found))
                {
                    continue;
                }

                AddSource(sources, found.Mention.Speaker.Name);
                foreach (var relay in found.Mention.Relay)
                {
                    AddSource(sources, relay.Name);
                }

                places.AddRange(found.Places);
            }

            claims.Add(new GeoClaim(claim.Id, claim.Text, claim.Status, sources, places));
        }

        return claims;
    }

    /// <summary>
    /// One stored claim (<see cref="IClaimReader.GetClaimAsync"/>) with its places resolved: each mention's places are
    /// geocoded in the context of its report's text when <paramref name="reportText"/> gives it (by report id),
    /// else of the mention's own content.
    /// </summary>
    public static GeoClaim From(ClaimDetail claim, IGeocoder geocoder, Func<string, string?>? reportText = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(geocoder);
        var sources = new List<string>();
        var places = new List<ResolvedPlace>();
        foreach (var (reportId, mention) in claim.Mentions)
        {
            AddSource(sources, mention.Speaker.Name);
            foreach (var relay in mention.Relay)
            {
                AddSource(sources, relay.Name);
            }

            if (mention.Places.Count == 0)
            {
                continue;
            }

            if (reportText?.Invoke(reportId) is { } text)
            {
                places.AddRange(geocoder.Resolve(text, mention.Places));
            }
            else
            {
                // Spans point into the report, not the content: without the report, the names alone are looked up.
                var names = mention.Places.Select(p => p with { Span = default }).ToList();
                places.AddRange(geocoder.Resolve(mention.Content, names));
            }
        }

        return new GeoClaim(claim.Id, claim.Text, claim.Status, sources, places);
    }

    private static void AddSource(List<string> sources, string name)
    {
        if (name.Length > 0 && !sources.Contains(name, StringComparer.Ordinal))
        {
            sources.Add(name);
        }
    }
}
