using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Places from place entities, and from facilities named in a locative phrase ("in the fields of the
/// Timiryazev Agricultural Academy"). Each place gets the larger place it lies in when the text says so
/// ("both locations north of Moscow", "west of the city"), and places below city level (streets,
/// embankments, parks) lie in the report's main city: the place it names most often.
/// Resolving names to coordinates is the geocoder's work, not this stage's.
/// </summary>
public sealed class RulePlaceFinder : IPlaceFinder
{
    private static readonly HashSet<string> Facilities = new(StringComparer.OrdinalIgnoreCase)
    {
        "academy", "university", "institute", "base", "airport", "embassy", "school", "hospital", "church", "stadium",
        "kremlin", "cathedral", "plant", "factory", "refinery", "station", "port",
    };

    /// <inheritdoc />
    public IReadOnlyList<PlaceRef> Find(AnalysedText text, IReadOnlyList<EntityMention> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var w = TokenWindow.For(text);
        var places = entities.Where(e => e.Type == EntityType.Place || (e.Type == EntityType.Organisation && IsLocatedFacility(w, e))).ToList();
        if (places.Count == 0)
        {
            return [];
        }

        var mainCity = places
            .Where(p => p.Type == EntityType.Place && !IsBelowCity(p.Text))
            .GroupBy(p => p.Text, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Span.Start)
            .Select(g => g.First().Text)
            .FirstOrDefault();

        var result = new List<PlaceRef>(places.Count);
        foreach (var place in places)
        {
            result.Add(new PlaceRef(place.Text, Within(w, place, places, mainCity), place.Span));
        }

        return result;
    }

    private static string? Within(TokenWindow w, EntityMention place, List<EntityMention> places, string? mainCity)
    {
        var sentence = w.Analysed.Sentences[w.Analysed.SentenceIndexAt(place.Span.Start)];
        var (_, placeEnd) = AttributionScope.Tokens(w, place.Span);

        // "…, both locations north of Moscow" and "in Novo-Ogariovo, west of the city".
        for (var i = placeEnd; i < sentence.EndToken - 1; i++)
        {
            if (!w.In(i, Lexicon.Directions) || !w.Is(i + 1, "of"))
            {
                continue;
            }

            var target = i + 2;
            if (w.Is(target, "the") && (w.Is(target + 1, "city") || w.Is(target + 1, "capital")))
            {
                return IsSame(place.Text, mainCity) ? null : mainCity;
            }

            var anchor = places.FirstOrDefault(p => p.Span.Start == (target < w.Count ? w.Tokens[target].Start : -1));
            if (anchor is not null && !IsSame(anchor.Text, place.Text))
            {
                return anchor.Text;
            }
        }

        return (IsBelowCity(place.Text) || place.Type == EntityType.Organisation) && !IsSame(place.Text, mainCity) ? mainCity : null;
    }

    private static bool IsSame(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool IsBelowCity(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return Lexicon.PlaceSuffixes.Contains(last.ToLowerInvariant()) || Facilities.Contains(last);
    }

    // "in the experimental fields of the Timiryazev Agricultural Academy": a facility as a location.
    private static bool IsLocatedFacility(TokenWindow w, EntityMention entity)
    {
        var last = entity.Text[(entity.Text.LastIndexOf(' ') + 1)..];
        if (!Facilities.Contains(last))
        {
            return false;
        }

        var (first, _) = AttributionScope.Tokens(w, entity.Span);
        for (var k = first - 1; k >= 0 && k >= first - 7; k--)
        {
            if (w.In(k, Lexicon.LocativePrepositions) && !w.Is(k, "from") && !w.Is(k, "to") && !w.Is(k, "against"))
            {
                return true;
            }

            if (!w.IsWord(k) || w.IsCapitalised(k))
            {
                return false;
            }
        }

        return false;
    }
}
