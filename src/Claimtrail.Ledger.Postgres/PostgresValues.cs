using System.Text.Json;
using Claimtrail.Json;

namespace Claimtrail.Ledger.Postgres;

/// <summary>
/// How values are written to and read from columns: enums and lists as the JSON contract spells them, the
/// same text the SQLite engine stores, so the two ledgers hold one logical content.
/// </summary>
internal static class PostgresValues
{
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

    /// <summary>A time for a timestamptz column (Npgsql takes UTC only); PostgreSQL keeps microseconds.</summary>
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();
}
