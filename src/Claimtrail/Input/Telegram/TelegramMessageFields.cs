using System.Text;
using System.Text.Json;

namespace Claimtrail.Input.Telegram;

/// <summary>A top-level field of a message object that <see cref="TelegramMessages"/> reads.</summary>
internal enum TelegramField
{
    Id,
    Type,
    Text,
    DateUnixtime,
    Author,
    From,
    ForwardedFrom,
    ReplyToMessageId,
    EditedUnixtime,
    LocationInformation,
    Photo,
    PhotoFileSize,
    File,
    MimeType,
    MediaType,
    FileSize,
}

/// <summary>
/// Where the values of one message's fields are in its bytes, noted while <see cref="TelegramExportScanner"/> reads
/// the message, so that mapping it reads only the values it needs instead of the whole message again. One instance
/// serves message after message.
/// </summary>
internal sealed class TelegramMessageFields
{
    // By TelegramField.
    private static readonly string[] Names =
    [
        "id", "type", "text", "date_unixtime", "author", "from", "forwarded_from", "reply_to_message_id", "edited_unixtime",
        "location_information", "photo", "photo_file_size", "file", "mime_type", "media_type", "file_size",
    ];

    private static readonly byte[][] Utf8Names = [.. Names.Select(Encoding.UTF8.GetBytes)];

    private readonly Range[] _values = new Range[Names.Length];
    private bool _escapedNames;

    /// <summary>Whether the message is a JSON object at all.</summary>
    public bool IsObject { get; private set; }

    /// <summary>The name of <paramref name="field"/> in the export.</summary>
    public static string NameOf(TelegramField field) => Names[(int)field];

    /// <summary>
    /// Reads one element of a <c>messages</c> array, from <paramref name="reader"/> on its first token to its last,
    /// noting where each field's value is. False when the data in the reader ends before the element does.
    /// </summary>
    /// <exception cref="JsonException">The element is not valid JSON.</exception>
    public bool TryRead(ref Utf8JsonReader reader)
    {
        Array.Clear(_values);
        _escapedNames = false;
        IsObject = reader.TokenType == JsonTokenType.StartObject;
        if (!IsObject)
        {
            return reader.TrySkip();
        }

        var start = reader.TokenStartIndex;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            var field = -1;
            if (reader.ValueIsEscaped)
            {
                // Never written by Telegram Desktop; what such a name matches is left to JsonElement's own search.
                _escapedNames = true;
            }
            else if (!_escapedNames)
            {
                field = IndexOf(reader.ValueSpan);
            }

            if (!reader.Read())
            {
                return false;
            }

            // TrySkip copies the whole reader to roll back with, even for a value of one token.
            var valueStart = (int)(reader.TokenStartIndex - start);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return false;
            }

            if (field >= 0)
            {
                // Of a name given twice, the last, as JsonElement.TryGetProperty finds it.
                _values[field] = valueStart..(int)(reader.BytesConsumed - start);
            }
        }

        return false;
    }

    /// <summary>
    /// The raw bytes of the value of <paramref name="field"/> in <paramref name="message"/> (the bytes last read by
    /// <see cref="TryRead"/>), empty when the message does not have it.
    /// </summary>
    public ReadOnlySpan<byte> ValueIn(ReadOnlySpan<byte> message, TelegramField field) =>
        _escapedNames ? JsonProperties.FindByDocument(message, NameOf(field)) : message[_values[(int)field]];

    private static int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (name.SequenceEqual(Utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
