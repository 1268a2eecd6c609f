using System.Text.RegularExpressions;

namespace Claimtrail.Geo;

/// <summary>
/// The places, regions, countries and demonyms a report names anywhere in its text, found by looking up runs
/// of capitalised words in the gazetteer; they make readings in the same country or region likelier.
/// </summary>
internal sealed partial class GeoContext
{
    private const int MaxWords = 5;

    // Cities smaller than this name too many ordinary capitalised words ("March", "Police") to count as context.
    private const long MinContextCityPopulation = 50_000;

    // A run of capitalised words ending in one of these names an organisation or outlet, not a place ("Meridian
    // Terminals", "Bay Courier", "New York Times"): it gives no geographic context.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "terminals", "inc", "ltd", "llc", "corp", "corporation", "company", "group", "holdings", "bank", "airlines",
        "airways", "times", "post", "news", "courier", "monitor", "herald", "tribune", "gazette", "journal", "telegraph",
        "college", "club", "fc", "council", "agency", "service", "services", "channel", "radio", "tv", "television",
        "press", "media", "energy", "oil", "gas", "motors", "partners", "foundation", "party",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "de", "la", "upon", "on", "del", "do", "da" };

    private GeoContext(IReadOnlyList<GeoHint> hints) => Hints = hints;

    /// <summary>All hints in text order.</summary>
    public IReadOnlyList<GeoHint> Hints { get; }

    /// <summary>Finds the hints of <paramref name="text"/>.</summary>
    public static GeoContext Build(string text, Gazetteer gazetteer)
    {
        var words = new List<(int Start, int End, bool Capital)>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var end = m.Index + m.Length;
            if (m.Length > 3 && text[end - 1] is 's' && text[end - 2] is '\'' or '’')
            {
                // "Moscow's": the possessive is not part of the name.
                end -= 2;
            }

            words.Add((m.Index, end, char.IsUpper(m.Value[0])));
        }

        var hints = new List<GeoHint>();
        for (var i = 0; i < words.Count;)
        {
            if (!words[i].Capital)
            {
                i++;
                continue;
            }

            // "Berlin Avenue", "Moscow State University", "Meridian Terminals": a place below city level or an
            // organisation names no city, region or country.
            var longest = 1;
            while (i + longest < words.Count && longest < MaxWords && IsRun(text, words, i, longest + 1))
            {
                longest++;
            }

            var run = longest > 1 ? PlaceNames.Key(text[words[i].Start..words[i + longest - 1].End]) : null;
            if (run is not null && (PlaceNames.BelowCity(run) is not null || OrganisationWords.Contains(run[(run.LastIndexOf(' ') + 1)..])))
            {
                i += longest;
                continue;
            }

            var matched = 0;
            for (var n = Math.Min(MaxWords, words.Count - i); n >= 1 && matched == 0; n--)
            {
                if (!IsRun(text, words, i, n))
                {
                    continue;
                }

                var start = words[i].Start;
                var end = words[i + n - 1].End;
                var phrase = text[start..end];
                var key = PlaceNames.Key(phrase);
                if (AddPlaceHints(gazetteer, key, start, end, hints) || AddDemonymHint(phrase, key, start, end, hints))
                {
                    matched = n;
                }
            }

            i += Math.Max(matched, 1);
        }

        return new GeoContext(hints);
    }

    /// <summary>Total weight pointing to each country, leaving out hints from <paramref name="exceptKey"/> or inside <paramref name="except"/>.</summary>
    public Dictionary<string, double> CountryWeights(string? exceptKey, Text.TextSpan? except)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var h in Hints)
        {
            if (Excluded(h, exceptKey, except))
            {
                continue;
            }

            result[h.CountryCode] = result.GetValueOrDefault(h.CountryCode) + (h.RegionKey is null && h.City is null ? h.Weight : 0.7 * h.Weight);
        }

        return result;
    }

    /// <summary>Total weight pointing to each first-level region, with the same exclusions.</summary>
    public Dictionary<string, double> RegionWeights(string? exceptKey, Text.TextSpan? except)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var h in Hints)
        {
            if (h.RegionKey is null || Excluded(h, exceptKey, except))
            {
                continue;
            }

            result[h.RegionKey] = result.GetValueOrDefault(h.RegionKey) + (h.City is null ? h.Weight : 0.5 * h.Weight);
        }

        return result;
    }

    /// <summary>The city the report names most (ties to the first named), or null.</summary>
    /// <param name="minMentions">How many times the report must name it.</param>
    public GazetteerEntry? MainCity(int minMentions = 1) =>
        Hints.Where(h => h.City is not null && h.Weight >= 0.5)
            .GroupBy(h => h.City!.Id, StringComparer.Ordinal)
            .Where(g => g.Count() >= minMentions)
            .OrderByDescending(g => g.Sum(h => h.Weight))
            .ThenBy(g => g.First().Start)
            .Select(g => g.First().City)
            .FirstOrDefault();

    /// <summary>The country the report points to most, or null.</summary>
    public string? MainCountry() =>
        CountryWeights(null, null).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();

    private static bool Excluded(GeoHint h, string? exceptKey, Text.TextSpan? except) =>
        (exceptKey is not null && string.Equals(h.Key, exceptKey, StringComparison.Ordinal))
        || (except is { } span && !span.IsEmpty && span.Overlaps(new Text.TextSpan(h.Start, h.End)));

    // Capitalised words in a row, joined by single spaces or lower-case connectors ("Bosnia and Herzegovina"), never across a sentence stop or comma.
    private static bool IsRun(string text, List<(int Start, int End, bool Capital)> words, int first, int count)
    {
        if (!words[first + count - 1].Capital)
        {
            return false;
        }

        for (var k = first; k < first + count - 1; k++)
        {
            var gap = text.AsSpan(words[k].End, words[k + 1].Start - words[k].End);
            if (gap is not " ")
            {
                return false;
            }

            // "Moscow. Ryazan" is two sentences; "St. Petersburg" and "U.S. Army" are not.
            var word = text.AsSpan(words[k].Start, words[k].End - words[k].Start);
            if (word[^1] == '.' && word.Length > 3 && word[..^1].IndexOf('.') < 0)
            {
                return false;
            }

            if (!words[k + 1].Capital && !Connectors.Contains(text[words[k + 1].Start..words[k + 1].End]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AddPlaceHints(Gazetteer gazetteer, string key, int start, int end, List<GeoHint> hints)
    {
        var candidates = Geocoder.Candidates(gazetteer, key)
            .Where(c => c.Kind != GazetteerKind.Place || c.Population >= MinContextCityPopulation)
            .ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var priors = candidates.Select(Geocoder.Prior).ToList();
        var best = priors.Max();
        var total = priors.Sum(p => Math.Exp(p - best));
        for (var i = 0; i < candidates.Count; i++)
        {
            var share = Math.Exp(priors[i] - best) / total;
            if (share < 0.05)
            {
                continue;
            }

            var c = candidates[i];
            hints.Add(new GeoHint(key, start, end, c.CountryCode, c.RegionKey, c.Kind == GazetteerKind.Place ? c : null, share));
        }

        return true;
    }

    private static bool AddDemonymHint(string phrase, string key, int start, int end, List<GeoHint> hints)
    {
        if (phrase.Contains(' ', StringComparison.Ordinal) || Demonyms.CountryOf(phrase) is not { } country)
        {
            return false;
        }

        hints.Add(new GeoHint(key, start, end, country, null, null, 0.6));
        return true;
    }

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}'’\.-]*[\p{L}\p{M}\.]|[\p{L}]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
