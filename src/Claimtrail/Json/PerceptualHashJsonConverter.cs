using System.Text.Json;
using System.Text.Json.Serialization;
using Claimtrail.Fingerprints;

namespace Claimtrail.Json;

/// <summary>Writes a <see cref="PerceptualHash"/> as its 64 hex digits.</summary>
public sealed class PerceptualHashJsonConverter : JsonConverter<PerceptualHash>
{
    /// <inheritdoc />
    public override PerceptualHash Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PerceptualHash.TryParse(reader.GetString(), out var hash)
            ? hash
            : throw new JsonException("A perceptual hash is a string of 64 hex digits.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PerceptualHash value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
