using System.Globalization;
using System.Text.RegularExpressions;
using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Geo;

/// <summary>
/// Resolves the places of one report to points with a precision and a confidence. Order of look-up: the desk
/// gazetteer (analysts' placements), then names below city level (streets, parks, buildings: they stay at the
/// place they lie in and await geolocation), then the embedded gazetteer, scored by population, by the
/// countries, regions, cities and demonyms the same report names, and by the place a mention lies in ("north of
/// Moscow" keeps candidates near Moscow, and north of it). Pure and thread-safe.
/// </summary>
public sealed partial class Geocoder : IGeocoder
{
    private const double ContextWeight = 2.5;
    private const double AnchorBonus = 4;
    private const double AnchorPenalty = -5;

    private static readonly string[] RegionWords = ["region", "oblast", "province", "state", "krai", "governorate", "prefecture", "county", "republic"];

    private readonly Gazetteer _gazetteer;
    private readonly IDeskGazetteer? _desk;

    /// <summary>A geocoder over <paramref name="gazetteer"/>, asking <paramref name="desk"/> first when given.</summary>
    public Geocoder(Gazetteer gazetteer, IDeskGazetteer? desk = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _desk = desk;
    }

    /// <summary>A geocoder over the embedded gazetteer.</summary>
    public static Geocoder CreateDefault(IDeskGazetteer? desk = null) => new(Gazetteer.Default, desk);

    /// <inheritdoc />
    public IReadOnlyList<ResolvedPlace> Resolve(string text, IReadOnlyList<PlaceRef> places)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(places);
        var run = new Run(this, text, GeoContext.Build(text, _gazetteer));
        var result = new ResolvedPlace[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            result[i] = run.Resolve(places[i], depth: 0);
        }

        return result;
    }

    /// <summary>
    /// How likely a reading is before any context: log10 of its population, with a lift for countries (a
    /// country's name mostly means the country), capitals and region seats.
    /// </summary>
    internal static double Prior(GazetteerEntry entry)
    {
        var score = Math.Log10(Math.Max(entry.Population, 1000));
        return entry.Kind switch
        {
            GazetteerKind.Country => score + 1.5,
            // A region's summed population overstates how often its name means the region ("New York", "Washington").
            GazetteerKind.Region => score - 0.5,
            _ => score + (entry.IsCapital ? 1.0 : entry.IsRegionSeat ? 0.4 : 0),
        };
    }

    /// <summary>
    /// The gazetteer's readings of a name, less a region named like a city that holds most of its people
    /// ("Moscow" the federal city beside Moscow the city; "Kyiv"): the name then means the city.
    /// </summary>
    internal static List<GazetteerEntry> Candidates(Gazetteer gazetteer, string name)
    {
        var found = gazetteer.Find(name);
        var result = new List<GazetteerEntry>(found.Count);
        foreach (var entry in found)
        {
            if (entry.Kind == GazetteerKind.Region && found.Any(p => p.Kind == GazetteerKind.Place && p.RegionKey == entry.RegionKey && p.Population * 2 >= entry.Population))
            {
                continue;
            }

            result.Add(entry);
        }

        return result;
    }

    private static PlacePrecision PrecisionOf(GazetteerEntry entry) => entry.Kind switch
    {
        GazetteerKind.Country => PlacePrecision.Country,
        GazetteerKind.Region => PlacePrecision.Region,
        _ => PlacePrecision.City,
    };

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DirectionPattern();

    [GeneratedRegex(@"\G,?\s+(?:(?:in|near|on)\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?<q>\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*)){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex AfterPattern();

    [GeneratedRegex(@"(?<q>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:city|town|village|port|capital|resort|suburb)\s+of\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex BeforePattern();

    private static double? BearingOf(string direction) => direction.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant() switch
    {
        "north" => 0,
        "northeast" => 45,
        "east" => 90,
        "southeast" => 135,
        "south" => 180,
        "southwest" => 225,
        "west" => 270,
        "northwest" => 315,
        _ => null,
    };

    // One report's resolution: its context and the places already resolved, so that "Within" names resolve once.
    private sealed class Run(Geocoder owner, string text, GeoContext context)
    {
        private readonly Dictionary<string, ResolvedPlace> _within = new(StringComparer.Ordinal);

        public ResolvedPlace Resolve(PlaceRef place, int depth)
        {
            var name = place.Name.Trim();
            if (owner._desk?.Find(name, place.Within) is { } desk)
            {
                return new ResolvedPlace(place, desk.Point, desk.Precision, 0.95, PlaceResolution.Desk, null, desk, "placed by the desk" + (desk.Note is null ? string.Empty : ": " + desk.Note));
            }

            var key = PlaceNames.Key(name);
            if (Anaphor(place, key) is { } anaphor)
            {
                return anaphor;
            }

            var anchor = place.Within is not null && !string.Equals(PlaceNames.Key(place.Within), key, StringComparison.Ordinal) && depth < 2
                ? ResolveWithin(place.Within, depth)
                : null;
            var gazetteerAnchor = anchor?.Entry is not null && anchor.Resolution == PlaceResolution.Gazetteer ? anchor : null;
            if (PlaceNames.BelowCity(name) is { } below)
            {
                // "Oak Park", "Menlo Park" and "Hyde Park, Chicago" are towns or districts; "Gorky Park" is not.
                var towns = TownsNamedLikeAPlace(name, gazetteerAnchor);
                return towns.Count == 0
                    ? Pending(place, below, depth, "below city level: no gazetteer holds it")
                    : Choose(place, key, towns, gazetteerAnchor);
            }

            var candidates = Candidates(owner._gazetteer, name);
            if (candidates.Count == 0)
            {
                candidates = RegionByWords(key);
            }

            if (candidates.Count == 0)
            {
                return Pending(place, PlacePrecision.Point, depth, "not in the gazetteer");
            }

            return Choose(place, key, candidates, gazetteerAnchor);
        }

        // A name that reads like a street or park counts as a settlement only when the gazetteer holds one of that
        // name close to the place it lies in, or, with no such place given, a town (not a city district) of 20,000 or more.
        private List<GazetteerEntry> TownsNamedLikeAPlace(string name, ResolvedPlace? anchor)
        {
            var towns = new List<GazetteerEntry>();
            foreach (var c in owner._gazetteer.Find(name))
            {
                if (c.Kind != GazetteerKind.Place)
                {
                    continue;
                }

                var near = anchor?.Point is { } p && c.Point.DistanceKm(p) <= 40;
                var town = anchor is null && c.Population >= 20_000 && !c.Feature.StartsWith("PPLX", StringComparison.Ordinal);
                if (near || town)
                {
                    towns.Add(c);
                }
            }

            return towns;
        }

        private ResolvedPlace Choose(PlaceRef place, string key, List<GazetteerEntry> candidates, ResolvedPlace? anchor)
        {
            TextSpan? span = place.Span.End <= text.Length && !place.Span.IsEmpty ? place.Span : null;
            var countries = context.CountryWeights(key, span);
            var regions = context.RegionWeights(key, span);
            var direction = span is { } s && anchor is not null ? DirectionAfter(s, place.Within!) : null;
            var qualifiers = span is { } q ? Qualifiers(q) : [];

            var scores = new double[candidates.Count];
            var reasons = new string[candidates.Count];
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                var score = Prior(c);
                var why = new List<string>(3);
                if (countries.GetValueOrDefault(c.CountryCode) is > 0 and var cw)
                {
                    score += ContextWeight * Math.Min(cw, 1.5);
                    why.Add("country named in the report: " + c.CountryCode);
                }

                if (c.RegionKey is not null && regions.GetValueOrDefault(c.RegionKey) is > 0 and var rw)
                {
                    score += ContextWeight * Math.Min(rw, 1.5);
                    why.Add("region named in the report: " + c.RegionKey);
                }

                if (anchor is not null)
                {
                    score += AnchorScore(c, anchor.Entry!, direction, why);
                }

                if (c.Kind == GazetteerKind.Place && qualifiers.Count > 0)
                {
                    score += QualifierScore(c, qualifiers, why);
                }

                scores[i] = score;
                reasons[i] = why.Count == 0 ? (candidates.Count == 1 ? "only candidate" : "largest population") : string.Join("; ", why);
            }

            var best = 0;
            for (var i = 1; i < scores.Length; i++)
            {
                if (scores[i] > scores[best])
                {
                    best = i;
                }
            }

            var total = scores.Sum(x => Math.Exp(x - scores[best]));
            var confidence = Math.Round(0.95 / total, 3);
            var entry = candidates[best];
            var reason = $"{reasons[best]} ({candidates.Count} candidate{(candidates.Count == 1 ? string.Empty : "s")}, score {F(scores[best])})";
            return new ResolvedPlace(place, entry.Point, PrecisionOf(entry), confidence, PlaceResolution.Gazetteer, entry, null, reason);
        }

        private static double QualifierScore(GazetteerEntry c, List<(string CountryCode, string? RegionKey)> qualifiers, List<string> why)
        {
            foreach (var (country, region) in qualifiers)
            {
                if (region is not null && region == c.RegionKey)
                {
                    why.Add("qualified by its region: " + region);
                    return AnchorBonus;
                }

                if (region is null && country == c.CountryCode)
                {
                    why.Add("qualified by its country: " + country);
                    return AnchorBonus - 0.5;
                }
            }

            return 0;
        }

        // "Paris, Texas", "Tripoli, the Libyan capital", "Salem, in southern India", "the Missouri city of
        // Springfield": the country or region a name is qualified by, right beside it.
        private List<(string CountryCode, string? RegionKey)> Qualifiers(TextSpan span)
        {
            var result = new List<(string, string?)>();
            var after = AfterPattern().Match(text, span.End);
            if (after.Success)
            {
                AddQualifier(after.Groups["q"].Value, result);
            }

            var before = BeforePattern().Match(text[Math.Max(0, span.Start - 80)..span.Start]);
            if (before.Success)
            {
                AddQualifier(before.Groups["q"].Value, result);
            }

            return result;
        }

        private void AddQualifier(string phrase, List<(string, string?)> result)
        {
            // Longest leading run of words that names a country or region ("New South Wales", "Texas").
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = words.Length; n >= 1; n--)
            {
                var candidate = string.Join(' ', words, 0, n);
                if (candidate.EndsWith("'s", StringComparison.Ordinal) || candidate.EndsWith("’s", StringComparison.Ordinal))
                {
                    candidate = candidate[..^2];
                }

                var found = false;
                foreach (var entry in Candidates(owner._gazetteer, candidate))
                {
                    if (entry.Kind == GazetteerKind.Country)
                    {
                        result.Add((entry.CountryCode, null));
                        found = true;
                    }
                    else if (entry.Kind == GazetteerKind.Region)
                    {
                        result.Add((entry.CountryCode, entry.RegionKey));
                        found = true;
                    }
                }

                if (!found && n == 1 && Demonyms.CountryOf(candidate) is { } country)
                {
                    result.Add((country, null));
                    found = true;
                }

                if (found)
                {
                    return;
                }
            }
        }

        private static double AnchorScore(GazetteerEntry c, GazetteerEntry anchor, double? direction, List<string> why)
        {
            double score;
            switch (anchor.Kind)
            {
                case GazetteerKind.Country:
                    score = c.CountryCode == anchor.CountryCode && c.Kind != GazetteerKind.Country ? AnchorBonus : AnchorPenalty;
                    break;
                case GazetteerKind.Region:
                    score = c.RegionKey == anchor.RegionKey && c.Kind == GazetteerKind.Place ? AnchorBonus
                        : c.CountryCode == anchor.CountryCode && c.Kind == GazetteerKind.Place ? 1 : AnchorPenalty;
                    break;
                default:
                    var km = c.Point.DistanceKm(anchor.Point);
                    score = c.Kind != GazetteerKind.Place ? AnchorPenalty
                        : km <= 100 ? AnchorBonus : km <= 300 ? 3 : km <= 800 ? 1 : AnchorPenalty;
                    if (direction is { } expected && c.Kind == GazetteerKind.Place && km > 1)
                    {
                        var off = Math.Abs(((anchor.Point.BearingTo(c.Point) - expected + 540) % 360) - 180);
                        score += off <= 67.5 ? 1 : -2;
                    }

                    break;
            }

            if (score > 0)
            {
                why.Add("lies in " + anchor.Name);
            }

            return score;
        }

        // "the capital", "the Russian capital", "the city", "the country": the report's own main place.
        private ResolvedPlace? Anaphor(PlaceRef place, string key)
        {
            var words = key.Split(' ');
            var head = words[^1];
            if (words.Length > 2 || head is not ("capital" or "city" or "country"))
            {
                return null;
            }

            var country = words.Length == 2 ? Demonyms.CountryOf(words[0]) : null;
            if (words.Length == 2 && country is null)
            {
                return null;
            }

            var mainCity = context.MainCity();
            country ??= mainCity?.CountryCode ?? context.MainCountry();
            GazetteerEntry? entry = head switch
            {
                "capital" => mainCity is not null && mainCity.IsCapital && mainCity.CountryCode == country ? mainCity : country is null ? null : owner._gazetteer.CapitalOf(country),
                "city" => mainCity,
                _ => country is null ? null : owner._gazetteer.Country(country),
            };

            return entry is null
                ? new ResolvedPlace(place, null, PlacePrecision.City, 0, PlaceResolution.Unresolved, null, null, "refers back to a place the report does not name")
                : new ResolvedPlace(place, entry.Point, PrecisionOf(entry), 0.8, PlaceResolution.Gazetteer, entry, null, $"\"{place.Name}\" of a report about {entry.Name}");
        }

        // "Ryazan region", "Saratov Oblast", "Texas state": the region, or the region of the city named.
        private List<GazetteerEntry> RegionByWords(string key)
        {
            var space = key.LastIndexOf(' ');
            if (space <= 0 || Array.IndexOf(RegionWords, key[(space + 1)..]) < 0)
            {
                return [];
            }

            var stem = key[..space];
            var regions = new List<GazetteerEntry>();
            foreach (var c in owner._gazetteer.Find(stem))
            {
                var region = c.Kind switch
                {
                    GazetteerKind.Region => c,
                    GazetteerKind.Place when c.RegionKey is not null && c.Population >= 10_000 => owner._gazetteer.Region(c.RegionKey),
                    _ => null,
                };
                if (region is not null && !regions.Contains(region))
                {
                    regions.Add(region);
                }
            }

            return regions;
        }

        private ResolvedPlace Pending(PlaceRef place, PlacePrecision precision, int depth, string why)
        {
            // With no place given, a street or park lies in the city the report names again and again, if any.
            var withinName = place.Within ?? (precision is PlacePrecision.Street or PlacePrecision.Park ? context.MainCity(minMentions: 2)?.Name : null);
            var within = withinName is not null && depth < 2 && !string.Equals(PlaceNames.Key(withinName), PlaceNames.Key(place.Name), StringComparison.Ordinal)
                ? ResolveWithin(withinName, depth)
                : null;
            if (within?.Point is not { } point)
            {
                return new ResolvedPlace(place, null, precision, 0, PlaceResolution.Unresolved, null, null, why + "; no place it lies in");
            }

            return new ResolvedPlace(place, point, precision, Math.Round(0.5 * within.Confidence, 3), PlaceResolution.Within, within.Entry, within.Desk, $"{why}; awaiting geolocation within {within.Entry?.Name ?? within.Desk?.Name}");
        }

        private ResolvedPlace ResolveWithin(string name, int depth)
        {
            var key = PlaceNames.Key(name);
            if (!_within.TryGetValue(key, out var resolved))
            {
                var start = text.IndexOf(name, StringComparison.Ordinal);
                var span = start < 0 ? new TextSpan(0, 0) : new TextSpan(start, start + name.Length);
                resolved = Resolve(new PlaceRef(name, null, span), depth + 1);
                _within[key] = resolved;
            }

            return resolved;
        }

        private double? DirectionAfter(TextSpan span, string within)
        {
            var stop = text.IndexOf('.', span.End);
            var end = Math.Min(stop < 0 ? text.Length : stop, span.End + 160);
            foreach (Match m in DirectionPattern().Matches(text[span.End..end]))
            {
                var after = text.AsSpan(span.End + m.Index + m.Length);
                if (after.StartsWith(within, StringComparison.OrdinalIgnoreCase) || after.StartsWith("city", StringComparison.OrdinalIgnoreCase) || after.StartsWith("capital", StringComparison.OrdinalIgnoreCase))
                {
                    return BearingOf(m.Groups[1].Value);
                }
            }

            return null;
        }
    }
}
