using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Claimtrail.Input;

/// <summary>
/// Typed reads of optional fields in a post record; a wrong type raises a <see cref="RecordException"/> naming the field.
/// Each read comes in two forms: by name from a <see cref="JsonElement"/> object, and on the raw UTF-8 bytes of the
/// field's value (empty when the field is missing; see <see cref="JsonProperties"/>), which the first form uses.
/// </summary>
internal static class PostJson
{
    public const string Malformed = "malformed record";

    /// <summary>
    /// The error for a record with a string System.Text.Json cannot turn into text (it reads strings only when asked):
    /// bytes that are not UTF-8, or an escape that leaves half of a surrogate pair.
    /// </summary>
    public const string NotTextReason = "a string in it is not valid text (bytes that are not UTF-8, or an escape for half a surrogate pair)";

    /// <summary>The <see cref="RecordException"/> for <paramref name="error"/>, which System.Text.Json raised reading such a string.</summary>
    public static RecordException NotText(InvalidOperationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new RecordException(NotTextReason, error);
    }

    public static string? String(JsonElement record, string name) => String(Raw(record, name), name);

    public static string? String(ReadOnlySpan<byte> value, string name)
    {
        if (!TryRead(value, out var reader))
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw WrongType(name, ref reader, "a string");
    }

    // Ids arrive as numbers in one tool and strings in another; both are kept as text.
    public static string? Id(JsonElement record, string name) => Id(Raw(record, name), name);

    public static string? Id(ReadOnlySpan<byte> value, string name)
    {
        if (!TryRead(value, out var reader))
        {
            return null;
        }

        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw WrongType(name, ref reader, "a number or a string"),
        };
    }

    public static long? Long(JsonElement record, string name) => Long(Raw(record, name), name);

    public static long? Long(ReadOnlySpan<byte> value, string name)
    {
        if (!TryRead(value, out var reader))
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number)
            ? number
            : throw WrongType(name, ref reader, "a whole number");
    }

    public static double? Double(JsonElement record, string name) => Double(Raw(record, name), name);

    public static double? Double(ReadOnlySpan<byte> value, string name)
    {
        if (!TryRead(value, out var reader))
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number)
            ? number
            : throw WrongType(name, ref reader, "a number");
    }

    /// <summary>Seconds since 1970 as a number or a string of digits (Telegram writes strings).</summary>
    public static DateTimeOffset? UnixTime(JsonElement record, string name) => UnixTime(Raw(record, name), name);

    /// <summary>Seconds since 1970 as a number or a string of digits (Telegram writes strings).</summary>
    public static DateTimeOffset? UnixTime(ReadOnlySpan<byte> value, string name)
    {
        if (!TryRead(value, out var reader))
        {
            return null;
        }

        long seconds;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            seconds = number;
        }
        else if (reader.TokenType != JsonTokenType.String || !TryParseDigits(ref reader, out seconds))
        {
            throw new RecordException("invalid date", $"'{name}' is {Show(ref reader)}, not seconds since 1970");
        }

        // 1990 to 2100: anything else is a corrupted or made-up record, not a post.
        if (seconds is < 631_152_000 or > 4_102_444_800)
        {
            throw new RecordException("invalid date", string.Create(CultureInfo.InvariantCulture, $"'{name}' is {seconds}, outside 1990–2100"));
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <summary>An ISO 8601 time that states its offset (<c>Z</c> or <c>+03:00</c>); a time without one is ambiguous and refused.</summary>
    public static DateTimeOffset? IsoTime(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return UnixTime(record, name);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(name, value, "an ISO 8601 time");
        }

        var text = value.GetString()!;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new RecordException("invalid date", $"'{name}' is {Show(value)}, not an ISO 8601 time");
        }

        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            throw new RecordException("invalid date", $"'{name}' is {Show(value)}, which has no UTC offset");
        }

        return time.ToUniversalTime();
    }

    public static RecordException WrongType(string name, JsonElement value, string expected) =>
        new(Malformed, $"'{name}' is {Show(value)}, expected {expected}");

    /// <summary>The error for a value of the wrong type; <paramref name="value"/> is on the value's first token.</summary>
    public static RecordException WrongType(string name, ref Utf8JsonReader value, string expected) =>
        new(Malformed, $"'{name}' is {Show(ref value)}, expected {expected}");

    public static string Show(JsonElement value)
    {
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(value));
        reader.Read();
        return Show(ref reader);
    }

    /// <summary>A value for an error message: a string clipped, a number as written, anything else by its kind.</summary>
    public static string Show(ref Utf8JsonReader value) => value.TokenType switch
    {
        JsonTokenType.String => "\"" + Clip(value.GetString()!) + "\"",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => Clip(Encoding.UTF8.GetString(value.ValueSpan)),
    };

    /// <summary>
    /// A reader on the first token of <paramref name="value"/> (the raw bytes of one JSON value); false when the
    /// value is missing (empty) or null.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> value, out Utf8JsonReader reader)
    {
        if (value.IsEmpty)
        {
            reader = default;
            return false;
        }

        reader = new Utf8JsonReader(value);
        return reader.Read() && reader.TokenType != JsonTokenType.Null;
    }

    // A string of digits as a number, read from its UTF-8 when it has no escapes rather than from a new string.
    private static bool TryParseDigits(ref Utf8JsonReader value, out long number) =>
        value.ValueIsEscaped
            ? long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            : long.TryParse(value.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static ReadOnlySpan<byte> Raw(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) ? JsonMarshal.GetRawUtf8Value(value) : default;

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
