using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    // Name index: hash of the key → first slot; _next chains further slots with the same hash (-1 ends a chain),
    // _owners maps a slot to its entry. Hashes, not key strings, so that loading allocates no key per name.
    private readonly Dictionary<ulong, (int First, int Last)> _slotsByKey;
    private readonly int[] _next;
    private readonly int[] _owners;
    private readonly Dictionary<string, GazetteerEntry> _countries;
    private readonly Dictionary<string, GazetteerEntry> _regions;
    private readonly Lazy<Dictionary<string, GazetteerEntry>> _byId;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Gazetteer(GazetteerEntry[] entries, Stopwatch clock)
    {
        _entries = entries;
        _slotsByKey = new Dictionary<ulong, (int, int)>(entries.Length + (entries.Length / 8));
        _countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        _regions = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var next = new List<int>(entries.Length + (entries.Length / 4));
        var owners = new List<int>(next.Capacity);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Kind == GazetteerKind.Country)
            {
                _countries[entry.CountryCode] = entry;
            }
            else if (entry.Kind == GazetteerKind.Region)
            {
                _regions[entry.RegionKey!] = entry;
            }

            // A name with diacritics is indexed through its ASCII form, which the data carries as the first alternate.
            if (IsAscii(entry.Name) || entry.AlternateNames.Count == 0)
            {
                Index(PlaceNames.KeyHash(entry.Name), i, next, owners, _slotsByKey);
            }

            foreach (var alternate in entry.AlternateNames)
            {
                Index(PlaceNames.KeyHash(alternate), i, next, owners, _slotsByKey);
            }
        }

        // Slots past the entries hold extra keys of entries already indexed; map each slot back to its entry.
        _next = [.. next];
        _owners = [.. owners];
        _byId = new Lazy<Dictionary<string, GazetteerEntry>>(() => _entries.ToDictionary(e => e.Id, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
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
        if (!_slotsByKey.TryGetValue(PlaceNames.KeyHash(name), out var slots))
        {
            return [];
        }

        // Confirm each hit by its key, so that a hash collision never returns a stranger.
        var key = PlaceNames.Key(name);
        var result = new List<GazetteerEntry>(2);
        for (var slot = slots.First; slot >= 0; slot = _next[slot])
        {
            var entry = _entries[_owners[slot]];
            if (!result.Contains(entry) && HasKey(entry, key))
            {
                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>The entry with id <paramref name="id"/> ("524901", "country:RU", "admin1:RU.62"), or null.</summary>
    public GazetteerEntry? ById(string id) => _byId.Value.GetValueOrDefault(id);

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(Stream gzipped)
    {
        ArgumentNullException.ThrowIfNull(gzipped);
        var clock = Stopwatch.StartNew();
        byte[] data;
        using (var gzip = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true))
        using (var buffer = new MemoryStream(8 << 20))
        {
            gzip.CopyTo(buffer);
            data = buffer.GetBuffer();
            Array.Resize(ref data, (int)buffer.Length);
        }

        var entries = new List<GazetteerEntry>(140_000);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadOnlySpan<byte> rest = data;
        var number = 0;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            number++;
            if (line.IsEmpty || line[0] == (byte)'#')
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GazetteerEntry Parse(ReadOnlySpan<byte> line, int number, Dictionary<string, string> strings)
    {
        Span<Range> fields = stackalloc Range[12];
        if (Split(line, fields, (byte)'\t') != 11)
        {
            throw new FormatException($"gazetteer line {number}: expected 11 tab-separated fields");
        }

        var kind = line[fields[1]] switch
        {
            [(byte)'C'] => GazetteerKind.Country,
            [(byte)'R'] => GazetteerKind.Region,
            [(byte)'P'] => GazetteerKind.Place,
            _ => throw new FormatException($"gazetteer line {number}: unknown kind"),
        };

        var ascii = line[fields[3]];
        var alt = line[fields[4]];
        IReadOnlyList<string> alternates = [];
        if (!ascii.IsEmpty || !alt.IsEmpty)
        {
            var list = new List<string>(2);
            if (!ascii.IsEmpty)
            {
                list.Add(Encoding.UTF8.GetString(ascii));
            }

            while (!alt.IsEmpty)
            {
                var bar = alt.IndexOf((byte)'|');
                var part = bar < 0 ? alt : alt[..bar];
                alt = bar < 0 ? default : alt[(bar + 1)..];
                if (!part.IsEmpty)
                {
                    list.Add(Encoding.UTF8.GetString(part));
                }
            }

            alternates = list;
        }

        var admin1 = line[fields[6]];
        return new GazetteerEntry(
            Encoding.UTF8.GetString(line[fields[0]]),
            kind,
            Encoding.UTF8.GetString(line[fields[2]]),
            alternates,
            Intern(strings, line[fields[5]]),
            admin1.IsEmpty ? null : Intern(strings, admin1),
            new GeoPoint(
                double.Parse(line[fields[7]], NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(line[fields[8]], NumberStyles.Float, CultureInfo.InvariantCulture)),
            long.Parse(line[fields[9]], NumberStyles.None, CultureInfo.InvariantCulture),
            Intern(strings, line[fields[10]]));
    }

    private static string Intern(Dictionary<string, string> strings, ReadOnlySpan<byte> utf8)
    {
        // Codes and feature names are short ASCII; longer values are not worth sharing.
        if (utf8.Length > 32)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> value = stackalloc char[32];
        value = value[..Encoding.UTF8.GetChars(utf8, value)];
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var created = value.ToString();
        strings[created] = created;
        return created;
    }

    private static void Index(ulong key, int entry, List<int> next, List<int> owners, Dictionary<ulong, (int First, int Last)> slots)
    {
        var slot = next.Count;
        next.Add(-1);
        owners.Add(entry);
        ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out var exists);
        if (exists)
        {
            next[chain.Last] = slot;
            chain.Last = slot;
        }
        else
        {
            chain = (slot, slot);
        }
    }

    private static bool HasKey(GazetteerEntry entry, string key)
    {
        if (string.Equals(PlaceNames.Key(entry.Name), key, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var alternate in entry.AlternateNames)
        {
            if (string.Equals(PlaceNames.Key(alternate), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Splits at each separator into at most fields.Length ranges; returns how many it found.
    private static int Split(ReadOnlySpan<byte> text, Span<Range> fields, byte separator)
    {
        var count = 0;
        var start = 0;
        while (count < fields.Length)
        {
            var at = text[start..].IndexOf(separator);
            if (at < 0)
            {
                fields[count++] = new Range(start, text.Length);
                return count;
            }

            fields[count++] = new Range(start, start + at);
            start += at + 1;
        }

        return count + 1;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
