using System.Text.Json;
using System.Text.Json.Serialization;
using Claimtrail.Text;

namespace Claimtrail.Json;

/// <summary>Writes a <see cref="TextSpan"/> as the two-element array <c>[start, end]</c> of the contract.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    /// <inheritdoc />
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A span is an array [start, end].");
        }

        reader.Read();
        var start = reader.GetInt32();
        reader.Read();
        var end = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray || start < 0 || end < start)
        {
            throw new JsonException("A span is an array [start, end] with 0 <= start <= end.");
        }

        return new TextSpan(start, end);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}
