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

    public static InputItem ToItem(string path, long position, JsonDocument message, TelegramChat chat, int index, DocumentReaderOptions options)
    {
        var root = message.RootElement;
        var location = string.Create(CultureInfo.InvariantCulture, $"message #{index + 1}");
        try
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RecordException(PostJson.Malformed, "the message is not a JSON object");
            }

            var id = PostJson.Id(root, "id") ?? throw new RecordException(PostJson.Malformed, "the message has no id");
            location = "message " + id;
            var type = PostJson.String(root, "type");
            if (string.Equals(type, "service", StringComparison.Ordinal))
            {
                return new SkippedItem(path, position, ServiceMessage);
            }

            if (type is not null && !string.Equals(type, "message", StringComparison.Ordinal))
            {
                throw new RecordException(PostJson.Malformed, $"unknown message type \"{type}\"");
            }

            var text = Text(root);
            if (text.Length > options.MaxPostChars)
            {
                throw new RecordException("text too long", string.Create(CultureInfo.InvariantCulture, $"the text is {text.Length:N0} characters, over the {options.MaxPostChars:N0} limit for one post"));
            }

            var published = PostJson.UnixTime(root, "date_unixtime");
            var post = new PostMetadata
            {
                Platform = "telegram",
                PostId = id,
                Author = PostJson.String(root, "author") ?? PostJson.String(root, "from"),
                ForwardedFrom = PostJson.String(root, "forwarded_from"),
                ReplyTo = PostJson.Id(root, "reply_to_message_id"),
                Edited = PostJson.UnixTime(root, "edited_unixtime"),
                Location = Location(root),
                Media = Media(root),
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
            return new RejectedItem(path, position, new InputException(path, ex.Message, location), ex.Category);
        }
        finally
        {
            message.Dispose();
        }
    }

    private static string Text(JsonElement root)
    {
        if (!root.TryGetProperty("text", out var text) || text.ValueKind == JsonValueKind.Null)
        {
            return string.Empty;
        }

        if (text.ValueKind == JsonValueKind.String)
        {
            return text.GetString()!;
        }

        if (text.ValueKind != JsonValueKind.Array)
        {
            throw PostJson.WrongType("text", text, "a string or an array of parts");
        }

        var builder = new StringBuilder();
        foreach (var part in text.EnumerateArray())
        {
            switch (part.ValueKind)
            {
                case JsonValueKind.String:
                    builder.Append(part.GetString());
                    break;
                case JsonValueKind.Object when part.TryGetProperty("text", out var partText) && partText.ValueKind == JsonValueKind.String:
                    builder.Append(partText.GetString());
                    break;
                default:
                    throw new RecordException(PostJson.Malformed, $"a part of 'text' is {PostJson.Show(part)}, expected a string or {{type, text}}");
            }
        }

        return builder.ToString();
    }

    private static GeoPoint? Location(JsonElement root)
    {
        if (!root.TryGetProperty("location_information", out var location) || location.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (location.ValueKind != JsonValueKind.Object)
        {
            throw PostJson.WrongType("location_information", location, "an object");
        }

        var latitude = PostJson.Double(location, "latitude");
        var longitude = PostJson.Double(location, "longitude");
        if (latitude is null || longitude is null || Math.Abs(latitude.Value) > 90 || Math.Abs(longitude.Value) > 180)
        {
            throw new RecordException(PostJson.Malformed, "'location_information' has no valid latitude and longitude");
        }

        return new GeoPoint(latitude.Value, longitude.Value);
    }

    private static List<MediaItem> Media(JsonElement root)
    {
        var media = new List<MediaItem>();
        if (PostJson.String(root, "photo") is { } photo)
        {
            media.Add(new MediaItem("photo", Reference(photo))
            {
                MimeType = "image/jpeg",
                Size = PostJson.Long(root, "photo_file_size"),
            });
        }

        if (PostJson.String(root, "file") is { } file)
        {
            var mime = PostJson.String(root, "mime_type");
            media.Add(new MediaItem(Kind(PostJson.String(root, "media_type"), mime), Reference(file))
            {
                MimeType = mime,
                Size = PostJson.Long(root, "file_size"),
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
}
