using System.Text;

namespace Claimtrail.Geo;

/// <summary>Look-up keys for place names and the kind of place a name's last word implies.</summary>
public static class PlaceNames
{
    private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal)
    {
        "street", "st", "avenue", "ave", "road", "rd", "lane", "boulevard", "embankment", "prospekt", "prospect",
        "highway", "square", "bridge", "alley", "drive", "quay", "ulitsa", "naberezhnaya", "shosse", "way", "row",
    };

    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal)
    {
        "park", "forest", "field", "fields", "garden", "gardens", "reserve", "woods", "wood", "ostrov", "lake",
        "reservoir", "district", "quarter", "estate", "compound", "zone", "territory",
    };

    private static readonly HashSet<string> PointWords = new(StringComparer.Ordinal)
    {
        "academy", "university", "institute", "base", "airport", "airfield", "embassy", "school", "hospital", "church",
        "stadium", "kremlin", "cathedral", "plant", "factory", "refinery", "station", "port", "building", "ministry",
        "headquarters", "tower", "palace", "residence", "house", "prison", "museum", "theatre", "theater", "market",
        "mall", "hotel", "depot", "terminal", "barracks", "mosque", "synagogue", "monastery", "center", "centre",
    };

    /// <summary>
    /// The look-up key of a name: diacritics folded, lower case, apostrophes and full stops dropped,
    /// hyphens and runs of spaces as one space, and a leading "the" dropped ("the Hague" → "hague"; "Ryazan’" → "ryazan").
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : new char[name.Length + 8];
        return KeyInto(name, buffer).ToString();
    }

    /// <summary>A 64-bit hash (FNV-1a) of <see cref="Key"/>, computed without building the key.</summary>
    internal static ulong KeyHash(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : new char[name.Length + 8];
        var hash = 14695981039346656037UL;
        foreach (var c in KeyInto(name, buffer))
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// <see cref="KeyHash(string)"/> of UTF-8 text: ASCII text is keyed straight from its bytes (the gazetteer's
    /// names, at load), other text through a string.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static ulong KeyHash(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 256 || !System.Text.Ascii.IsValid(utf8))
        {
            return KeyHash(Encoding.UTF8.GetString(utf8));
        }

        // The same steps as KeyInto, on ASCII bytes.
        Span<byte> key = stackalloc byte[256];
        var length = 0;
        var space = true;
        foreach (var b in utf8)
        {
            if (b is (byte)'\'' or (byte)'`' or (byte)'.' or (byte)'"')
            {
                continue;
            }

            if (b is (byte)' ' or (byte)'-' or (byte)',' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f')
            {
                if (!space)
                {
                    key[length++] = (byte)' ';
                    space = true;
                }

                continue;
            }

            key[length++] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
            space = false;
        }

        if (length > 0 && key[length - 1] == (byte)' ')
        {
            length--;
        }

        ReadOnlySpan<byte> text = key[..length];
        if (text.StartsWith("the "u8))
        {
            text = text[4..];
        }

        var hash = 14695981039346656037UL;
        foreach (var b in text)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> KeyInto(string name, Span<char> buffer)
    {
        var text = name;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 127)
            {
                text = Fold(text);
                if (text.Length > buffer.Length)
                {
                    buffer = new char[text.Length];
                }

                break;
            }
        }

        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (c is '\'' or '’' or 'ʼ' or '`' or '.' or '"' or '“' or '”')
            {
                continue;
            }

            if (c is ' ' or '-' or ',' or '\t' or '\n' or '\r' or '‐' or '–' || char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    buffer[length++] = ' ';
                    space = true;
                }

                continue;
            }

            buffer[length++] = char.ToLowerInvariant(c);
            space = false;
        }

        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        ReadOnlySpan<char> key = buffer[..length];
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>
    /// The precision a name's own words imply for a place below city level ("Teterinsky Street" → street,
    /// "Losiny Ostrov National Park" → park, "Timiryazev Agricultural Academy" → point), or null for a name
    /// that may be a city, region or country.
    /// </summary>
    public static PlacePrecision? BelowCity(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        var last = key[(key.LastIndexOf(' ') + 1)..];
        if (key.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            // A single word is a settlement name unless it is only a kind word ("the embankment").
            return StreetWords.Contains(last) ? PlacePrecision.Street : null;
        }

        if (StreetWords.Contains(last))
        {
            return PlacePrecision.Street;
        }

        if (AreaWords.Contains(last))
        {
            return PlacePrecision.Park;
        }

        if (PointWords.Contains(last))
        {
            return PlacePrecision.Point;
        }

        // "Ministry of Defence", "University of Texas": a facility named before "of".
        var of = key.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
        {
            var head = key[..of];
            var headLast = head[(head.LastIndexOf(' ') + 1)..];
            if (PointWords.Contains(headLast))
            {
                return PlacePrecision.Point;
            }
        }

        return null;
    }

    // Without ICU (invariant globalization) string.Normalize does not decompose, so Latin letters with
    // diacritics are folded by table: U+00C0–U+024F and U+1E00–U+1EFF (from their Unicode decompositions).
    private const string LatinFold = "aaaaaa\0ceeeeiiiidnoooooxouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo/ouuuuy\0yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllll\0\0llnnnnnn\0nnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbb\0\0\0\0\0cc\0d\0\0\0\0\0\0ffg\0\0\0ikkl\0\0nn\0oo\0\0pp\0\0\0\0\0\0tttuu\0vyyzz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aaiioouuuuuuuuuu\0aaaa\0\0\0\0ggkkoooo\0\0j\0\0\0gg\0\0nnaa\0\0\0\0aaaaeeeeiiiioooorrrruuuusstt\0\0hh\0d\0\0zzaaeeooooooooyylntjdqacclt\0\0\0\0buveejj\0\0rryy";
    private const string LatinExtendedAdditionalFold = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\0\0\0\0\0\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c < 0xC0)
            {
                builder.Append(c);
                continue;
            }

            if (c is >= '\u0300' and <= '\u036F')
            {
                // A combining mark left by decomposed input.
                continue;
            }

            var folded = c switch
            {
                < '\u0250' => LatinFold[c - 0xC0],
                >= '\u1E00' and < '\u1F00' => LatinExtendedAdditionalFold[c - 0x1E00],
                _ => '\0',
            };
            if (folded != '\0')
            {
                builder.Append(folded);
                continue;
            }

            builder.Append(c switch
            {
                'Æ' or 'æ' => "ae",
                'ß' => "ss",
                'Þ' or 'þ' => "th",
                'Œ' or 'œ' => "oe",
                'Ĳ' or 'ĳ' => "ij",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
