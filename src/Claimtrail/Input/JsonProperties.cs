using System.Runtime.InteropServices;
using System.Text.Json;

namespace Claimtrail.Input;

/// <summary>
/// Property look-ups on the raw UTF-8 bytes of a JSON object, answering as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>
/// does (of a name given twice, the last) without building a <see cref="JsonDocument"/> for it. A value comes back as
/// its raw bytes, empty when the property is missing. The bytes must have been read as valid JSON already.
/// </summary>
internal static class JsonProperties
{
    /// <summary>The raw value of the property <paramref name="utf8Name"/> (<paramref name="name"/> in UTF-16) of <paramref name="json"/>.</summary>
    public static ReadOnlySpan<byte> Find(ReadOnlySpan<byte> json, ReadOnlySpan<byte> utf8Name, string name)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        ReadOnlySpan<byte> found = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return FindByDocument(json, name);
            }

            var match = reader.ValueSpan.SequenceEqual(utf8Name);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (match)
            {
                found = json[start..(int)reader.BytesConsumed];
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="Find"/> through <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>, for an object with escaped
    /// property names: which of them it unescapes, and which it fails on (a lone surrogate), depends on its backward search.
    /// </summary>
    public static ReadOnlySpan<byte> FindByDocument(ReadOnlySpan<byte> json, string name)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.TryGetProperty(name, out var value) ? JsonMarshal.GetRawUtf8Value(value).ToArray() : default;
    }
}
