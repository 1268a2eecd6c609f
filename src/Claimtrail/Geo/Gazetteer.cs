using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Claimtrail.Geo;

/// <summary>
/// The embedded gazetteer: countries, first-level regions and the GeoNames places of at least 1,000 people
/// (built by <c>tools/build-gazetteer.sh</c>; see <c>Geo/Data/ATTRIBUTION.md</c>). Immutable and safe to
/// share between threads; <see cref="Default"/> loads once, on first use.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Claimtrail.Geo.Data.gazetteer.tsv.gz";
    private static readonly Lazy<Gazetteer> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerEntry[] _entries;
    private readonly Dictionary<string, int[]> _byKey;
    private readonly Dictionary<string, GazetteerEntry> _byId;
    private readonly Dictionary<string, GazetteerEntry> _countries;
    private readonly Dictionary<string, GazetteerEntry> _regions;

    private Gazetteer(GazetteerEntry[] entries, Stopwatch clock)
    {
        _entries = entries;
        var keys = new Dictionary<string, List<int>>(entries.Length + (entries.Length / 4), StringComparer.Ordinal);
        _byId = new Dictionary<string, GazetteerEntry>(entries.Length, StringComparer.Ordinal);
        _countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        _regions = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            _byId[entry.Id] = entry;
            if (entry.Kind == GazetteerKind.Country)
            {
                _countries[entry.CountryCode] = entry;
            }
            else if (entry.Kind == GazetteerKind.Region)
            {
                _regions[entry.RegionKey!] = entry;
            }

            Add(keys, PlaceNames.Key(entry.Name), i);
            foreach (var alternate in entry.AlternateNames)
            {
                Add(keys, PlaceNames.Key(alternate), i);
            }
        }

        _byKey = new Dictionary<string, int[]>(keys.Count, StringComparer.Ordinal);
        foreach (var (key, list) in keys)
        {
            _byKey[key] = [.. list];
        }

        LoadTime = clock.Elapsed;
    }

    /// <summary>The gazetteer embedded in the core, loaded on first use (thread-safe).</summary>
    public static Gazetteer Default => Embedded.Value;

    /// <summary>True once <see cref="Default"/> has been loaded.</summary>
    public static bool IsDefaultLoaded => Embedded.IsValueCreated;

    /// <summary>How long decompressing, parsing and indexing took (the cold load when measured on first use).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Number of entries (countries, regions and places).</summary>
    public int Count => _entries.Length;

    /// <summary>All entries, countries first, then regions, then places.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    /// <summary>Entries whose name or an alternate name has the same <see cref="PlaceNames.Key"/> as <paramref name="name"/>.</summary>
    public IReadOnlyList<GazetteerEntry> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_byKey.TryGetValue(PlaceNames.Key(name), out var indices))
        {
            return [];
        }

        var result = new GazetteerEntry[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            result[i] = _entries[indices[i]];
        }

        return result;
    }

    /// <summary>The entry with id <paramref name="id"/> ("524901", "country:RU", "admin1:RU.62"), or null.</summary>
    public GazetteerEntry? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The country with ISO code <paramref name="countryCode"/>, or null.</summary>
    public GazetteerEntry? Country(string countryCode) => _countries.GetValueOrDefault(countryCode);

    /// <summary>The first-level region with key "CC.admin1", or null when the gazetteer has no name for it.</summary>
    public GazetteerEntry? Region(string regionKey) => _regions.GetValueOrDefault(regionKey);

    /// <summary>The capital of a country, or null.</summary>
    public GazetteerEntry? CapitalOf(string countryCode)
    {
        var id = Country(countryCode)?.CapitalId;
        return id is null ? null : ById(id);
    }

    /// <summary>Reads a gazetteer in the gzipped TSV format that <c>tools/gazetteer/build.mjs</c> writes.</summary>
    public static Gazetteer Load(Stream gzipped)
    {
        ArgumentNullException.ThrowIfNull(gzipped);
        var clock = Stopwatch.StartNew();
        var entries = new List<GazetteerEntry>(140_000);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            entries.Add(Parse(line, number, strings));
        }

        return new Gazetteer([.. entries], clock);
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing: run tools/build-gazetteer.sh");
        return Load(stream);
    }

    private static GazetteerEntry Parse(string line, int number, Dictionary<string, string> strings)
    {
        Span<Range> fields = stackalloc Range[12];
        var span = line.AsSpan();
        if (span.Split(fields, '\t') != 11)
        {
            throw new FormatException($"gazetteer line {number}: expected 11 tab-separated fields");
        }

        var kind = span[fields[1]] switch
        {
            "C" => GazetteerKind.Country,
            "R" => GazetteerKind.Region,
            "P" => GazetteerKind.Place,
            _ => throw new FormatException($"gazetteer line {number}: unknown kind"),
        };

        var name = span[fields[2]].ToString();
        var ascii = span[fields[3]];
        var alt = span[fields[4]];
        IReadOnlyList<string> alternates = [];
        if (!ascii.IsEmpty || !alt.IsEmpty)
        {
            var list = new List<string>(2);
            if (!ascii.IsEmpty)
            {
                list.Add(ascii.ToString());
            }

            foreach (var part in alt.Split('|'))
            {
                if (!alt[part].IsEmpty)
                {
                    list.Add(alt[part].ToString());
                }
            }

            alternates = list;
        }

        var admin1 = span[fields[6]];
        return new GazetteerEntry(
            span[fields[0]].ToString(),
            kind,
            name,
            alternates,
            Intern(strings, span[fields[5]]),
            admin1.IsEmpty ? null : Intern(strings, admin1),
            new GeoPoint(
                double.Parse(span[fields[7]], NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(span[fields[8]], NumberStyles.Float, CultureInfo.InvariantCulture)),
            long.Parse(span[fields[9]], NumberStyles.None, CultureInfo.InvariantCulture),
            Intern(strings, span[fields[10]]));
    }

    private static string Intern(Dictionary<string, string> strings, ReadOnlySpan<char> value)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var created = value.ToString();
        strings[created] = created;
        return created;
    }

    private static void Add(Dictionary<string, List<int>> keys, string key, int index)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!keys.TryGetValue(key, out var list))
        {
            list = new List<int>(1);
            keys[key] = list;
        }

        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }
}
