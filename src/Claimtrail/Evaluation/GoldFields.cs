using System.Text.Json;

namespace Claimtrail.Evaluation;

/// <summary>Field access for the hand-written gold sets: a missing or mistyped field is an <see cref="InvalidDataException"/> naming it.</summary>
internal static class GoldFields
{
    public static string Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new InvalidDataException($"missing string \"{name}\"");

    public static string? Optional(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw new InvalidDataException($"\"{name}\" must be a string");

    public static JsonElement.ArrayEnumerator Array(JsonElement element, string name, bool required) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : required || (element.TryGetProperty(name, out var present) && present.ValueKind != JsonValueKind.Null)
                ? throw new InvalidDataException($"missing array \"{name}\"")
                : default;

    // A content string that is not in its text could select no mention: refuse the case rather than score it wrong.
    public static void RequireInText(string id, string text, string part, string field)
    {
        if (!text.Contains(part, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{id}: {field} \"{part}\" is not in the text");
        }
    }
}
