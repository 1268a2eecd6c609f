using Claimtrail.Geo;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Evaluation;

/// <summary>
/// Scores the geocoder on gold place mentions. Each item's text is geocoded on its own, with the gold mention
/// as the one place ref (its span the mention's first occurrence, its Within the gold's); the geocoder takes
/// the rest of its context from the text itself.
/// </summary>
public sealed class GeoScorer(Geocoder geocoder)
{
    /// <summary>Scores <paramref name="items"/>.</summary>
    public GeoScore Evaluate(IEnumerable<GeoGoldItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var score = new GeoScore();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = item.Text.IndexOf(item.Mention, StringComparison.Ordinal);
            var place = new PlaceRef(item.Mention, item.Within, new TextSpan(start, start + item.Mention.Length));
            score.Add(item, geocoder.Resolve(item.Text, [place])[0]);
        }

        return score;
    }
}
