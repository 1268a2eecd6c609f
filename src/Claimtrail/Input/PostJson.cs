using System.Globalization;
using System.Text.Json;

namespace Claimtrail.Input;

/// <summary>Typed reads of optional fields in a post record; a wrong type raises a <see cref="RecordException"/> naming the field.</summary>
internal static class PostJson
{
    public const string Malformed = "malformed record";

    public static string? String(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw WrongType(name, value, "a string");
    }

    // Ids arrive as numbers in one tool and strings in another; both are kept as text.
    public static string? Id(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw WrongType(name, value, "a number or a string"),
        };
    }

    public static long? Long(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw WrongType(name, value, "a whole number");
    }

    public static double? Double(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : throw WrongType(name, value, "a number");
    }

    /// <summary>Seconds since 1970 as a number or a string of digits (Telegram writes strings).</summary>
    public static DateTimeOffset? UnixTime(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        long seconds;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            seconds = number;
        }
        else if (value.ValueKind != JsonValueKind.String || !long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out seconds))
        {
            throw new RecordException("invalid date", $"'{name}' is {Show(value)}, not seconds since 1970");
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

    public static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "\"" + Clip(value.GetString()!) + "\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => Clip(value.GetRawText()),
    };

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
