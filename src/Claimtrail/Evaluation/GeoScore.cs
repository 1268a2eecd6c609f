using System.Globalization;
using Claimtrail.Geo;

namespace Claimtrail.Evaluation;

/// <summary>Counts of a geocoding evaluation, and its fixed-shape report.</summary>
public sealed class GeoScore
{
    /// <summary>A city counts as right when it is the expected gazetteer entry or its point lies this close to the expected one.</summary>
    public const double CityToleranceKm = 25;

    /// <summary>A region counts as right when its country matches and its point lies this close (or its name matches).</summary>
    public const double RegionToleranceKm = 400;

    private readonly int[] _correct = new int[3];
    private readonly int[] _total = new int[3];

    /// <summary>Gold mentions that must be left unresolved.</summary>
    public int Unresolvable { get; private set; }

    /// <summary>Of those, how many were left pending (not placed by the gazetteer).</summary>
    public int UnresolvedCorrect { get; private set; }

    /// <summary>The items scored wrong, with what was chosen.</summary>
    public IList<(GeoGoldItem Item, ResolvedPlace Got)> Misses { get; } = [];

    /// <summary>Number of gold mentions scored.</summary>
    public int Mentions => _total.Sum() + Unresolvable;

    /// <summary>Scores one mention.</summary>
    public void Add(GeoGoldItem item, ResolvedPlace got)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(got);
        bool right;
        if (item.Expected is not { } expected)
        {
            Unresolvable++;
            right = got.PendingGeolocation;
            if (right)
            {
                UnresolvedCorrect++;
            }
        }
        else
        {
            var slot = Slot(expected.Precision);
            _total[slot]++;
            right = IsRight(expected, got);
            if (right)
            {
                _correct[slot]++;
            }
        }

        if (!right)
        {
            Misses.Add((item, got));
        }
    }

    /// <summary>The report, one stable line per figure.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var placed = _total.Sum();
        return
        [
            Line($"geo eval: {Mentions} mentions, {placed} to place ({_total[0]} city, {_total[1]} region, {_total[2]} country), {Unresolvable} to leave unresolved"),
            Line($"city       accuracy={Ratio(_correct[0], _total[0]):F3} ({_correct[0]}/{_total[0]}) same entry or within {CityToleranceKm:0} km"),
            Line($"region     accuracy={Ratio(_correct[1], _total[1]):F3} ({_correct[1]}/{_total[1]})"),
            Line($"country    accuracy={Ratio(_correct[2], _total[2]):F3} ({_correct[2]}/{_total[2]})"),
            Line($"placed     accuracy={Ratio(_correct.Sum(), placed):F3} ({_correct.Sum()}/{placed})"),
            Line($"unresolved correct={Ratio(UnresolvedCorrect, Unresolvable):F3} ({UnresolvedCorrect}/{Unresolvable}) left pending geolocation"),
        ];
    }

    private static bool IsRight(GeoGoldExpectation expected, ResolvedPlace got)
    {
        if (got.PendingGeolocation || got.Point is not { } point || got.Precision != expected.Precision)
        {
            return false;
        }

        if (expected.GazetteerId is not null && string.Equals(got.Entry?.Id, expected.GazetteerId, StringComparison.Ordinal))
        {
            return true;
        }

        return expected.Precision switch
        {
            PlacePrecision.City => point.DistanceKm(expected.Point) <= CityToleranceKm,
            PlacePrecision.Region => got.CountryCode == expected.CountryCode
                && (point.DistanceKm(expected.Point) <= RegionToleranceKm || string.Equals(PlaceNames.Key(got.Entry?.Name ?? string.Empty), PlaceNames.Key(expected.Name), StringComparison.Ordinal)),
            _ => got.CountryCode == expected.CountryCode,
        };
    }

    private static int Slot(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Region => 1,
        PlacePrecision.Country => 2,
        _ => 0,
    };

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
