using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Claimtrail.Bench;

/// <summary>
/// The Telegram side of the bench: <c>telegram-export OUT [--messages N] [--malformed-every N] [--seed N]</c>
/// writes a synthetic export; <c>json-parse FILE</c> reads it with a bare <see cref="Utf8JsonReader"/> loop
/// (every token, no mapping, no storage): the floor an ingest is compared with.
/// </summary>
internal static class TelegramBench
{
    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["telegram-export", var output, .. var rest]:
                var export = new SyntheticTelegramExport
                {
                    Messages = Int(rest, "--messages", 1_000_000),
                    MalformedEvery = Int(rest, "--malformed-every", 100_000),
                    Seed = Int(rest, "--seed", 1),
                };
                var watch = Stopwatch.StartNew();
                var counts = export.Write(output);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {output}: {new FileInfo(output).Length / 1e6:F1} MB, {counts.Messages} messages ({counts.Posts} posts, {counts.Service} service, {counts.Malformed} malformed) in {watch.Elapsed.TotalSeconds:F1} s"));
                return 0;
            case ["json-parse", var file]:
                var timer = Stopwatch.StartNew();
                var (tokens, messages) = Parse(file);
                var seconds = timer.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"json-parse {file}: {tokens} tokens, {messages} messages in {seconds:F2} s: {messages / seconds:F0} messages/s"));
                return 0;
            case ["telegram-read", var file, .. var more]:
                return ReadStages(file, more.Contains("--normalize"));
            default:
                Console.Error.WriteLine("usage: Claimtrail.Bench telegram-export OUT [--messages N] [--malformed-every N] [--seed N] | json-parse FILE | telegram-read FILE [--normalize]");
                return 2;
        }
    }

    // The ingest's reading stages without the ledger: the export reader (scan, map), then normalisation and the report id.
    private static int ReadStages(string file, bool normalize)
    {
        var pipeline = Claimtrail.Pipeline.AnalysisPipeline.CreateDefault();
        var timer = Stopwatch.StartNew();
        long documents = 0, chars = 0;
        var items = Claimtrail.Input.Telegram.TelegramExportReader.ReadAsync(file, Claimtrail.Input.DocumentReaderOptions.Default).ToBlockingEnumerable();
        foreach (var item in items)
        {
            if (item is Claimtrail.Input.DocumentItem document)
            {
                documents++;
                chars += normalize ? pipeline.Normalize(document.Document).Text.Length : document.Document.Text.Length;
            }
        }

        var seconds = timer.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"telegram-read{(normalize ? " + normalize" : string.Empty)} {file}: {documents} documents, {chars} chars in {seconds:F2} s: {documents / seconds:F0} documents/s"));
        return 0;
    }

    // The value of option NAME in ARGS, or FALLBACK.
    internal static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    // Every token of the file through one reader over a sliding 1 MB buffer; objects at depth 2 are messages.
    private static (long Tokens, long Messages) Parse(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var state = default(JsonReaderState);
        int start = 0, end = 0;
        long tokens = 0, messages = 0;
        var final = false;
        while (true)
        {
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            end += read;
            final = read == 0;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, end), final, state);
            while (reader.Read())
            {
                tokens++;
                if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
                {
                    messages++;
                }
            }

            start = (int)reader.BytesConsumed;
            state = reader.CurrentState;
            if (final)
            {
                return (tokens, messages);
            }
        }
    }
}
