using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Claimtrail.Geo;

/// <summary>
/// The embedded gazetteer: countries, first-level regions and the GeoNames places of at least 1,000 people
/// (built by <c>tools/build-gazetteer.sh</c>; see <c>Geo/Data/ATTRIBUTION.md</c>). Immutable and safe to
/// share between threads; <see cref="Default"/> loads once, on first use.
/// </summary>
/// <remarks>
/// Loading decompresses the data, checks every line's shape and indexes every name by a hash of its
/// <see cref="PlaceNames.Key"/>; an entry's record is built from its line the first time a look-up returns
/// it, so that a cold start pays for the index and not for 137,000 records.
/// </remarks>
public sealed class Gazetteer
{
    private const string ResourceName = "Claimtrail.Geo.Data.gazetteer.tsv.gz";
    private const int Fields = 11;
    private static readonly Lazy<Gazetteer> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // The decompressed TSV, where each entry's line starts, and the line's number in the file (for errors).
    private readonly byte[] _data;
    private readonly int[] _lineStarts;
    private readonly int[] _lineNumbers;
    private readonly GazetteerEntry?[] _built;

    // Name index: hash of the key → first slot; _next chains further slots with the same hash (-1 ends a chain),
    // _owners maps a slot to its entry. Hashes, not key strings, so that loading allocates no key per name.
    private readonly Dictionary<ulong, (int First, int Last)> _slotsByKey;
    private readonly int[] _next;
    private readonly int[] _owners;
    private readonly Dictionary<string, GazetteerEntry> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _regions = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, int>> _byId;
    private readonly Lazy<GazetteerEntry[]> _all;

    private Gazetteer(byte[] data, List<int> lineStarts, List<int> lineNumbers, List<(ulong Hash, int Entry)> keys, Stopwatch clock)
    {
        _data = data;
        _lineStarts = [.. lineStarts];
        _lineNumbers = [.. lineNumbers];
        _built = new GazetteerEntry?[_lineStarts.Length];
        _slotsByKey = new Dictionary<ulong, (int, int)>(keys.Count);
        _next = new int[keys.Count];
        _owners = new int[keys.Count];
        for (var slot = 0; slot < keys.Count; slot++)
        {
            var (hash, entry) = keys[slot];
            _owners[slot] = entry;
            _next[slot] = -1;
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_slotsByKey, hash, out var exists);
            if (exists)
            {
                _next[chain.Last] = slot;
                chain.Last = slot;
            }
            else
            {
                chain = (slot, slot);
            }
        }

        // Countries and regions come first in the data; they are few and asked for by code, so build them now.
        for (var i = 0; i < _built.Length; i++)
        {
            var entry = EntryAt(i);
            if (entry.Kind == GazetteerKind.Country)
            {
                _countries[entry.CountryCode] = entry;
            }
            else if (entry.Kind == GazetteerKind.Region)
            {
                _regions[entry.RegionKey!] = entry;
            }
            else
            {
                break;
            }
        }

        _byId = new(() =>
        {
            var ids = new Dictionary<string, int>(_built.Length, StringComparer.Ordinal);
            for (var i = 0; i < _built.Length; i++)
            {
                ids[Encoding.UTF8.GetString(Field(i, 0))] = i;
            }

            return ids;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _all = new(() => Enumerable.Range(0, _built.Length).Select(EntryAt).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
        LoadTime = clock.Elapsed;
    }

    /// <summary>The gazetteer embedded in the core, loaded on first use (thread-safe).</summary>
    public static Gazetteer Default => Embedded.Value;

    /// <summary>True once <see cref="Default"/> has been loaded.</summary>
    public static bool IsDefaultLoaded => Embedded.IsValueCreated;

    /// <summary>How long decompressing, checking and indexing took (the cold load when measured on first use).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Number of entries (countries, regions and places).</summary>
    public int Count => _built.Length;

    /// <summary>All entries, countries first, then regions, then places (built on first use).</summary>
    public IReadOnlyList<GazetteerEntry> Entries => _all.Value;

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
            var entry = EntryAt(_owners[slot]);
            if (!result.Contains(entry) && HasKey(entry, key))
            {
                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>The entry with id <paramref name="id"/> ("524901", "country:RU", "admin1:RU.62"), or null.</summary>
    public GazetteerEntry? ById(string id) => _byId.Value.TryGetValue(id, out var index) ? EntryAt(index) : null;

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
    /// <exception cref="FormatException">A line has the wrong number of fields, an unknown kind or a bad number.</exception>
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

        var lineStarts = new List<int>(140_000);
        var lineNumbers = new List<int>(140_000);
        var keys = new List<(ulong, int)>(180_000);
        Span<Range> fields = stackalloc Range[Fields + 1];
        var position = 0;
        var number = 0;
        while (position < data.Length)
        {
            var end = data.AsSpan(position).IndexOf((byte)'\n');
            var length = end < 0 ? data.Length - position : end;
            var line = data.AsSpan(position, length);
            var start = position;
            position += length + 1;
            number++;
            if (line.IsEmpty || line[0] == (byte)'#')
            {
                continue;
            }

            if (Split(line, fields, (byte)'\t') != Fields || line[fields[1]] is not ([(byte)'C'] or [(byte)'R'] or [(byte)'P']))
            {
                throw new FormatException($"gazetteer line {number}: expected {Fields} tab-separated fields and a kind C, R or P");
            }

            var entry = lineStarts.Count;
            lineStarts.Add(start);
            lineNumbers.Add(number);

            // A name with diacritics is indexed through its ASCII form, which the data carries in the next field.
            var ascii = line[fields[3]];
            if (ascii.IsEmpty)
            {
                keys.Add((PlaceNames.KeyHash(line[fields[2]]), entry));
            }
            else
            {
                keys.Add((PlaceNames.KeyHash(ascii), entry));
            }

            var alt = line[fields[4]];
            while (!alt.IsEmpty)
            {
                var bar = alt.IndexOf((byte)'|');
                var part = bar < 0 ? alt : alt[..bar];
                alt = bar < 0 ? default : alt[(bar + 1)..];
                if (!part.IsEmpty)
                {
                    keys.Add((PlaceNames.KeyHash(part), entry));
                }
            }
        }

        return new Gazetteer(data, lineStarts, lineNumbers, keys, clock);
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing: run tools/build-gazetteer.sh");
        return Load(stream);
    }

    // Builds (once; racing threads agree on the first) the record of the entry at index i.
    private GazetteerEntry EntryAt(int i)
    {
        var built = Volatile.Read(ref _built[i]);
        if (built is not null)
        {
            return built;
        }

        var entry = Parse(i);
        return Interlocked.CompareExchange(ref _built[i], entry, null) ?? entry;
    }

    private ReadOnlySpan<byte> Line(int i)
    {
        var rest = _data.AsSpan(_lineStarts[i]);
        var end = rest.IndexOf((byte)'\n');
        return end < 0 ? rest : rest[..end];
    }

    private ReadOnlySpan<byte> Field(int i, int field)
    {
        Span<Range> fields = stackalloc Range[Fields + 1];
        var line = Line(i);
        Split(line, fields, (byte)'\t');
        return line[fields[field]];
    }

    private GazetteerEntry Parse(int i)
    {
        Span<Range> fields = stackalloc Range[Fields + 1];
        var line = Line(i);
        Split(line, fields, (byte)'\t');
        var number = _lineNumbers[i];
        var kind = line[fields[1]] switch
        {
            [(byte)'C'] => GazetteerKind.Country,
            [(byte)'R'] => GazetteerKind.Region,
            _ => GazetteerKind.Place,
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
            Encoding.UTF8.GetString(line[fields[5]]),
            admin1.IsEmpty ? null : Encoding.UTF8.GetString(admin1),
            new GeoPoint(Number(line[fields[7]], number), Number(line[fields[8]], number)),
            (long)Number(line[fields[9]], number),
            Encoding.UTF8.GetString(line[fields[10]]));
    }

    private static double Number(ReadOnlySpan<byte> text, int number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"gazetteer line {number}: bad number");

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

    // Splits at each separator into at most fields.Length ranges; returns how many it found (fields.Length + 1 when more).
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
}
