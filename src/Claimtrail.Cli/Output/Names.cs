using System.Text.Json;

namespace Claimtrail.Cli.Output;

/// <summary>Enum values as the JSON contract spells them ("no_comment"), for tables and messages.</summary>
public static class Names
{
    /// <summary>The contract spelling of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
