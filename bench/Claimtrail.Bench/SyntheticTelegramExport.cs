using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Claimtrail.Bench;

/// <summary>
/// Writes a synthetic Telegram Desktop export (<c>result.json</c> of one channel) with realistic shapes: post
/// lengths from a line to a few paragraphs, text as a string or an array of parts, forwards, replies, photos and
/// video files, edits, service messages, and one message in every <c>MalformedEvery</c> broken (a wrong type, an
/// invalid date). Deterministic for a seed, so two runs write the same bytes. Used by the bench and by tests.
/// </summary>
internal sealed class SyntheticTelegramExport
{
    private static readonly string[] Speakers = ["The regional governor", "Residents", "A spokesman for the ministry", "The local channel Harbour Watch", "Military bloggers", "The mayor's office", "Witnesses", "The Defence Ministry"];
    private static readonly string[] Cues = ["said that", "claimed that", "reported that", "wrote that", "told reporters that"];
    private static readonly string[] Subjects = ["a drone hit a fuel depot", "air defence systems were placed on a roof", "the bridge was closed to traffic", "power was cut in three districts", "a convoy was seen near the border", "the airport suspended flights", "trees were cut down in the park", "a radar was installed near the river"];
    private static readonly string[] Places = ["Teterinsky Street", "the northern harbour", "Losiny Ostrov", "the old port", "Frunzenskaya embankment", "the airport road"];
    private static readonly string[] Channels = ["Harbour Watch", "Rybar", "Moscow calling", "Baza", "Mash", "Readovka"];
    private static readonly string[] Filler = ["The claim could not be verified.", "Photos circulated on social media.", "Officials have not commented.", "Videos allegedly show the scene.", "It is impossible to verify the footage independently.", "Earlier reports were denied."];

    /// <summary>How many messages to write.</summary>
    public int Messages { get; init; } = 1000;

    /// <summary>Every n-th message is malformed; 0 for none.</summary>
    public int MalformedEvery { get; init; } = 100_000;

    /// <summary>Every n-th message is a service message.</summary>
    public int ServiceEvery { get; init; } = 50;

    /// <summary>The random seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Writes the export to <paramref name="path"/>; returns the counts written.</summary>
    public SyntheticCounts Write(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        return Write(stream);
    }

    /// <summary>Writes the export to <paramref name="stream"/>.</summary>
    public SyntheticCounts Write(Stream stream)
    {
        var random = new Random(Seed);
        int service = 0, malformed = 0, posts = 0;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("name", "Synthetic Channel");
        json.WriteString("type", "public_channel");
        json.WriteNumber("id", 1_000_001);
        json.WriteStartArray("messages");
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        for (var id = 1; id <= Messages; id++)
        {
            var time = start + (id * 37L);
            json.WriteStartObject();
            json.WriteNumber("id", id);
            if (ServiceEvery > 0 && id % ServiceEvery == 0)
            {
                json.WriteString("type", "service");
                json.WriteString("date", DateTimeOffset.FromUnixTimeSeconds(time).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                json.WriteString("date_unixtime", time.ToString(CultureInfo.InvariantCulture));
                json.WriteString("actor", "Synthetic Channel");
                json.WriteString("action", "pin_message");
                json.WriteString("text", string.Empty);
                json.WriteEndObject();
                service++;
                continue;
            }

            json.WriteString("type", "message");
            json.WriteString("date", DateTimeOffset.FromUnixTimeSeconds(time).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            var broken = MalformedEvery > 0 && id % MalformedEvery == 7 % MalformedEvery;
            var badDate = broken && id / MalformedEvery % 2 == 0;
            if (badDate)
            {
                json.WriteString("date_unixtime", "yesterday");
            }
            else
            {
                json.WriteString("date_unixtime", time.ToString(CultureInfo.InvariantCulture));
            }

            json.WriteString("from", "Synthetic Channel");
            json.WriteString("from_id", "channel1000001");
            if (random.Next(4) == 0)
            {
                json.WriteString("forwarded_from", Channels[random.Next(Channels.Length)]);
            }

            if (random.Next(10) == 0)
            {
                json.WriteNumber("reply_to_message_id", Math.Max(1, id - random.Next(1, 50)));
            }

            if (random.Next(8) == 0)
            {
                json.WriteString("edited", "x");
                json.WriteString("edited_unixtime", (time + 600).ToString(CultureInfo.InvariantCulture));
            }

            var media = random.Next(10);
            if (media < 3)
            {
                json.WriteString("photo", string.Create(CultureInfo.InvariantCulture, $"photos/photo_{id}@01-01-2024.jpg"));
                json.WriteNumber("width", 1280);
                json.WriteNumber("height", 720);
            }
            else if (media == 3)
            {
                json.WriteString("file", string.Create(CultureInfo.InvariantCulture, $"video_files/video_{id}.mp4"));
                json.WriteString("media_type", "video_file");
                json.WriteString("mime_type", "video/mp4");
                json.WriteNumber("file_size", random.Next(100_000, 50_000_000));
            }

            // Every text is unique (the message id is in it), as real posts nearly always are.
            var text = Text(random, id);
            if (broken && !badDate)
            {
                json.WriteNumber("text", 42);
                malformed++;
            }
            else if (random.Next(3) == 0)
            {
                var cut = text.IndexOf(' ', text.Length / 2);
                json.WriteStartArray("text");
                json.WriteStringValue(text[..(cut + 1)]);
                json.WriteStartObject();
                json.WriteString("type", "bold");
                json.WriteString("text", text[(cut + 1)..]);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("text", text);
            }

            if (badDate)
            {
                malformed++;
            }
            else if (!broken)
            {
                posts++;
            }

            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return new SyntheticCounts(Messages, posts, service, malformed);
    }

    private static string Text(Random random, int id)
    {
        var text = new StringBuilder();
        var sentences = random.Next(10) switch
        {
            < 4 => 1,
            < 7 => 2,
            < 9 => 4,
            _ => 8,
        };
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            if (i % 2 == 0)
            {
                text.Append(Speakers[random.Next(Speakers.Length)]).Append(' ').Append(Cues[random.Next(Cues.Length)]).Append(' ')
                    .Append(Subjects[random.Next(Subjects.Length)]).Append(" near ").Append(Places[random.Next(Places.Length)]).Append('.');
            }
            else
            {
                text.Append(Filler[random.Next(Filler.Length)]);
            }
        }

        text.Append(CultureInfo.InvariantCulture, $" (Update {id}.)");
        return text.ToString();
    }
}
