using Claimtrail.Model;

namespace Claimtrail.Geo.GeoJson;

/// <summary>Turns an analysis (reports, mentions, claims) into claims with resolved places, ready for <see cref="GeoJsonWriter"/>.</summary>
public static class GeoClaims
{
    /// <summary>
    /// Geocodes the places of every report of <paramref name="result"/> (each report as one context) and gives each
    /// claim the places of its mentions and its sources (speakers, then relays).
    /// </summary>
    public static IReadOnlyList<GeoClaim> From(AnalysisResult result, Geocoder geocoder, CancellationToken cancellationToken = default)
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

    private static void AddSource(List<string> sources, string name)
    {
        if (name.Length > 0 && !sources.Contains(name, StringComparer.Ordinal))
        {
            sources.Add(name);
        }
    }
}
