using System.Globalization;
using System.Text;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Geo;
using Claimtrail.Model;

namespace Claimtrail.Input.Telegram;

/// <summary>
/// Maps one message object of a Telegram Desktop export to a document: text (a string, or an array of strings
/// and <c>{type, text}</c> parts), <c>date_unixtime</c> (<c>date</c> has no offset and is not used),
/// <c>edited_unixtime</c>, <c>author</c> (the signature) or <c>from</c>, <c>forwarded_from</c>,
/// <c>reply_to_message_id</c>, <c>location_information</c>, and photos and files as media items.
/// </summary>
internal static class TelegramMessages
{
    public const string ServiceMessage = "service message";
    public const string NoText = "message without text";

    // What the export writes in place of a file it did not download.
    private const string NotIncludedPrefix = "(File not included";

    /// <summary>The item of the message <paramref name="json"/>, whose fields <paramref name="fields"/> has just located.</summary>
    public static InputItem ToItem(string path, long position, ReadOnlySpan<byte> json, TelegramMessageFields fields, TelegramChat chat, int index, DocumentReaderOptions options)
    {
        string? id = null;
        try
        {
            var message = new Message(json, fields);
            if (!message.IsObject)
            {
                throw new RecordException(PostJson.Malformed, "the message is not a JSON object");
            }

            id = message.Id(TelegramField.Id) ?? throw new RecordException(PostJson.Malformed, "the message has no id");
            var type = message.String(TelegramField.Type);
            if (string.Equals(type, "service", StringComparison.Ordinal))
            {
                return new SkippedItem(path, position, ServiceMessage);
            }

            if (type is not null && !string.Equals(type, "message", StringComparison.Ordinal))
            {
                throw new RecordException(PostJson.Malformed, $"unknown message type \"{type}\"");
            }

            var text = Text(message[TelegramField.Text]);
            if (text.Length > options.MaxPostChars)
            {
                throw new RecordException("text too long", string.Create(CultureInfo.InvariantCulture, $"the text is {text.Length:N0} characters, over the {options.MaxPostChars:N0} limit for one post"));
            }

            var published = message.UnixTime(TelegramField.DateUnixtime);
            var post = new PostMetadata
            {
                Platform = "telegram",
                PostId = id,
                Author = message.String(TelegramField.Author) ?? message.String(TelegramField.From),
                ForwardedFrom = message.String(TelegramField.ForwardedFrom),
                ReplyTo = message.Id(TelegramField.ReplyToMessageId),
                Edited = message.UnixTime(TelegramField.EditedUnixtime),
                Location = Location(message[TelegramField.LocationInformation]),
                Media = Media(message),
            };
            if (string.IsNullOrWhiteSpace(text))
            {
                return new SkippedItem(path, position, NoText);
            }

            var source = chat.Id is null ? $"{path}#{id}" : $"{path}#{chat.Id}/{id}";
            var document = new SourceDocument(source, text, DocumentFormat.Telegram)
            {
                Published = published,
                Publisher = chat.Name,
                Post = post,
            };
            return new DocumentItem(path, position, document);
        }
        catch (RecordException ex)
        {
            return Rejected(path, position, id, index, ex);
        }
        catch (InvalidOperationException ex)
        {
            return Rejected(path, position, id, index, PostJson.NotText(ex));
        }
    }

    // Named by its id once it has one, else by its place in the file.
    private static RejectedItem Rejected(string path, long position, string? id, int index, RecordException error)
    {
        var location = id is null ? string.Create(CultureInfo.InvariantCulture, $"message #{index + 1}") : "message " + id;
        return new RejectedItem(path, position, new InputException(path, error.Message, location), error.Category);
    }

    private static string Text(ReadOnlySpan<byte> value)
    {
        if (!PostJson.TryRead(value, out var text))
        {
            return string.Empty;
        }

        if (text.TokenType == JsonTokenType.String)
        {
            return text.GetString()!;
        }

        if (text.TokenType != JsonTokenType.StartArray)
        {
            throw PostJson.WrongType("text", ref text, "a string or an array of parts");
        }

        var builder = new StringBuilder();
        while (text.Read() && text.TokenType != JsonTokenType.EndArray)
        {
            switch (text.TokenType)
            {
                case JsonTokenType.String:
                    builder.Append(text.GetString());
                    break;
                case JsonTokenType.StartObject:
                    var start = (int)text.TokenStartIndex;
                    text.Skip();
                    var part = value[start..(int)text.BytesConsumed];
                    if (!PostJson.TryRead(JsonProperties.Find(part, "text"u8, "text"), out var partText) || partText.TokenType != JsonTokenType.String)
                    {
                        throw new RecordException(PostJson.Malformed, "a part of 'text' is an object, expected a string or {type, text}");
                    }

                    builder.Append(partText.GetString());
                    break;
                default:
                    throw new RecordException(PostJson.Malformed, $"a part of 'text' is {PostJson.Show(ref text)}, expected a string or {{type, text}}");
            }
        }

        return builder.ToString();
    }

    private static GeoPoint? Location(ReadOnlySpan<byte> value)
    {
        if (!PostJson.TryRead(value, out var location))
        {
            return null;
        }

        if (location.TokenType != JsonTokenType.StartObject)
        {
            throw PostJson.WrongType("location_information", ref location, "an object");
        }

        var latitude = PostJson.Double(JsonProperties.Find(value, "latitude"u8, "latitude"), "latitude");
        var longitude = PostJson.Double(JsonProperties.Find(value, "longitude"u8, "longitude"), "longitude");
        if (latitude is null || longitude is null || Math.Abs(latitude.Value) > 90 || Math.Abs(longitude.Value) > 180)
        {
            throw new RecordException(PostJson.Malformed, "'location_information' has no valid latitude and longitude");
        }

        return new GeoPoint(latitude.Value, longitude.Value);
    }

    private static List<MediaItem> Media(Message message)
    {
        var media = new List<MediaItem>();
        if (message.String(TelegramField.Photo) is { } photo)
        {
            media.Add(new MediaItem("photo", Reference(photo))
            {
                MimeType = "image/jpeg",
                Size = message.Long(TelegramField.PhotoFileSize),
            });
        }

        if (message.String(TelegramField.File) is { } file)
        {
            var mime = message.String(TelegramField.MimeType);
            media.Add(new MediaItem(Kind(message.String(TelegramField.MediaType), mime), Reference(file))
            {
                MimeType = mime,
                Size = message.Long(TelegramField.FileSize),
            });
        }

        return media;
    }

    private static string? Reference(string value) =>
        value.StartsWith(NotIncludedPrefix, StringComparison.Ordinal) || value.Length == 0 ? null : value;

    private static string Kind(string? mediaType, string? mime) => mediaType switch
    {
        "video_file" or "video_message" or "animation" => "video",
        "voice_message" or "audio_file" => "audio",
        "sticker" => "sticker",
        null when mime is not null && mime.StartsWith("image/", StringComparison.Ordinal) => "photo",
        null when mime is not null && mime.StartsWith("video/", StringComparison.Ordinal) => "video",
        null when mime is not null && mime.StartsWith("audio/", StringComparison.Ordinal) => "audio",
        _ => "document",
    };

    // One message: its bytes, and where its fields' values are in them.
    private readonly ref struct Message(ReadOnlySpan<byte> json, TelegramMessageFields fields)
    {
        private readonly ReadOnlySpan<byte> _json = json;

        public bool IsObject => fields.IsObject;

        public ReadOnlySpan<byte> this[TelegramField field] => fields.ValueIn(_json, field);

        public string? String(TelegramField field) => PostJson.String(this[field], TelegramMessageFields.NameOf(field));

        public string? Id(TelegramField field) => PostJson.Id(this[field], TelegramMessageFields.NameOf(field));

        public long? Long(TelegramField field) => PostJson.Long(this[field], TelegramMessageFields.NameOf(field));

        public DateTimeOffset? UnixTime(TelegramField field) => PostJson.UnixTime(this[field], TelegramMessageFields.NameOf(field));
    }
}
