using System.Globalization;
using System.Text.Json;
using Claimtrail.Json;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>How values are written to and read from columns: times as ISO 8601, enums and lists as the JSON contract spells them.</summary>
internal static class SqliteValues
{
    /// <summary>A time as ISO 8601 in UTC with seven fraction digits, so text order is time order.</summary>
    public static string Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time with its own offset kept (publication times keep the publisher's zone).</summary>
    public static string LocalTime(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads a time written by <see cref="Time"/> or <see cref="LocalTime"/>.</summary>
    public static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal);

    /// <summary>An enum value as the contract spells it ("no_comment").</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonSerializer.Serialize(value, AnalysisJson.Compact).Trim('"');

    /// <summary>Reads an enum value written by <see cref="Name"/>.</summary>
    public static TEnum ParseName<TEnum>(string value)
        where TEnum : struct, Enum => JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(value), AnalysisJson.Compact);

    /// <summary>A list or record as compact contract JSON.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, AnalysisJson.Compact);

    /// <summary>Reads JSON written by <see cref="Json"/>.</summary>
    public static T FromJson<T>(string value) =>
        JsonSerializer.Deserialize<T>(value, AnalysisJson.Compact) ?? throw new JsonException($"Null where a {typeof(T).Name} was stored.");
}
