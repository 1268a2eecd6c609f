using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Fingerprints;
using Claimtrail.Geo;
using Claimtrail.Json;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Users;

namespace Claimtrail.Ledger;

/// <summary>
/// The whole ledger as JSON lines (<c>claimtrail.ledger/1</c>): a header line, then one line per report in ingest
/// order with its post metadata and media (when it has them), its mentions (analysis contract shape) and the
/// claims they state; then every sighting of a report's text (<c>sighting</c>) and claim embedding (<c>claimEmbedding</c>);
/// then every fingerprinted media file with its appearances (<c>media</c>); then the desk's accounts (<c>user</c>), API
/// token hashes (<c>apiToken</c>), the desk gazetteer's placements (<c>deskPlace</c>), the review audit log
/// (<c>audit</c>) and its head (<c>auditHead</c>), and the feeds' watch state (<c>feed</c>), one per line. Engine-neutral: the same content gives the
/// same bytes from either engine.
/// </summary>
public static class LedgerJsonLines
{
    /// <summary>The format's name and version, in the header line.</summary>
    public const string Schema = "claimtrail.ledger/1";

    /// <summary>Writes the header and one line per entry; returns how many entries were written.</summary>
    public static async Task<int> WriteAsync(IAsyncEnumerable<LedgerEntry> entries, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(JsonSerializer.Serialize(new Header(Schema), AnalysisJson.Compact)).ConfigureAwait(false);
        await writer.WriteAsync('\n').ConfigureAwait(false);
        var count = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var report = entry.Report;
            var line = new Line(
                report.Id,
                report.Source,
                report.Title,
                report.Language,
                report.Published,
                report.Publisher,
                report.Post,
                entry.IngestedAt,
                report.Text,
                report.Mentions,
                [.. entry.Claims.Select(c => new LineClaim(c.Id, c.Text, c.Status, c.Mentions))]);
            await writer.WriteAsync(JsonSerializer.Serialize(line, AnalysisJson.Compact)).ConfigureAwait(false);
            await writer.WriteAsync('\n').ConfigureAwait(false);
            count++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Writes the whole of <paramref name="ledger"/>: the header, its reports (<see cref="ILedger.ExportAsync"/>), their
    /// sightings and claim embeddings, its media files with their appearances (<see cref="IMediaLedger.ListMediaAsync"/>), then
    /// its accounts, API token hashes, desk gazetteer, audit log and audit head, and the feeds' watch state. Returns how many reports were written.
    /// </summary>
    public static async Task<int> WriteAsync(ILedger ledger, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(writer);
        var count = await WriteAsync(ledger.ExportAsync(cancellationToken), writer, cancellationToken).ConfigureAwait(false);

        // After every report, since a sighting can come long after its report and an embedding names a stored claim.
        await foreach (var sighting in ledger.ListSightingsAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { Sighting = sighting }).ConfigureAwait(false);
        }

        await foreach (var stored in ledger.ReadClaimEmbeddingsAsync(null, 0, cancellationToken).ConfigureAwait(false))
        {
            var embedding = stored.Embedding;
            await WriteLineAsync(writer, new DeskLine { ClaimEmbedding = new EmbeddingLine(embedding.ClaimId, embedding.Model, EmbeddingLine.Bytes(embedding.Vector)) }).ConfigureAwait(false);
        }
        // After the reports, so an import stores each appearance after the report it names.
        await foreach (var media in ledger.ListMediaAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { Media = media }).ConfigureAwait(false);
        }

        await foreach (var user in ledger.ListUsersAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { User = user }).ConfigureAwait(false);
        }

        await foreach (var token in ledger.ListApiTokensAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { ApiToken = token }).ConfigureAwait(false);
        }

        await foreach (var place in ledger.ListDeskPlacesAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { DeskPlace = place }).ConfigureAwait(false);
        }

        var any = false;
        await foreach (var entry in ledger.ReadAuditLogAsync(cancellationToken).ConfigureAwait(false))
        {
            any = true;
            await WriteLineAsync(writer, new DeskLine { Audit = entry }).ConfigureAwait(false);
        }

        var head = await ledger.GetAuditHeadAsync(cancellationToken).ConfigureAwait(false);
        if (any || head != AuditHead.Empty)
        {
            await WriteLineAsync(writer, new DeskLine { AuditHead = head }).ConfigureAwait(false);
        }

        await foreach (var feed in ledger.ListFeedCheckpointsAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { Feed = feed }).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Reads the entries of <paramref name="reader"/>, named <paramref name="name"/> in errors. A line that is not a
    /// ledger entry yields a <see cref="InputException"/> carrying its line number in <see cref="Read.Error"/>, and
    /// reading goes on; a missing or foreign header is an error for the whole input.
    /// </summary>
    public static async IAsyncEnumerable<Read> ReadAsync(TextReader reader, string name, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (header is null || !IsHeader(header))
        {
            throw new InputException(name, $"not a {Schema} file (the first line must be {{\"schema\":\"{Schema}\"}})", "line 1");
        }

        var number = 1;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(text, name, number);
        }
    }

    private static Read Parse(string text, string name, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("media", out var media) && media.ValueKind == JsonValueKind.Object)
                {
                    var detail = Required(media.Deserialize<MediaDetail>(AnalysisJson.Compact), "media");
                    if (string.IsNullOrEmpty(detail.Media?.Sha256) || detail.Sightings is null || detail.Sightings.Any(s => !string.Equals(s.Sha256, detail.Media.Sha256, StringComparison.Ordinal)))
                    {
                        throw new JsonException("a media line needs a file's sha256 and appearances of that file");
                    }

                    return new Read(number, null, null) { Media = detail };
                }

                if (root.TryGetProperty("user", out var user))
                {
                    return new Read(number, null, null) { User = Required(user.Deserialize<DeskUser>(AnalysisJson.Compact), "user") };
                }

                if (root.TryGetProperty("apiToken", out var token))
                {
                    return new Read(number, null, null) { ApiToken = Required(token.Deserialize<StoredApiToken>(AnalysisJson.Compact), "apiToken") };
                }

                if (root.TryGetProperty("deskPlace", out var place))
                {
                    return new Read(number, null, null) { DeskPlace = Required(place.Deserialize<DeskPlace>(AnalysisJson.Compact), "deskPlace") };
                }

                if (root.TryGetProperty("audit", out var audit))
                {
                    return new Read(number, null, null) { Audit = Required(audit.Deserialize<AuditEntry>(AnalysisJson.Compact), "audit") };
                }

                if (root.TryGetProperty("sighting", out var sighting))
                {
                    return new Read(number, null, null) { Sighting = Required(sighting.Deserialize<ReportSighting>(AnalysisJson.Compact), "sighting") };
                }

                if (root.TryGetProperty("claimEmbedding", out var embedding))
                {
                    var stored = Required(embedding.Deserialize<EmbeddingLine>(AnalysisJson.Compact), "claimEmbedding");
                    if (stored.Vector is null || stored.Vector.Length == 0 || stored.Vector.Length % sizeof(float) != 0)
                    {
                        throw new JsonException("a claimEmbedding's vector must be base64 of float32 values");
                    }

                    return new Read(number, null, null) { ClaimEmbedding = new ClaimEmbedding(stored.ClaimId, stored.Model, EmbeddingLine.Floats(stored.Vector)) };
                }

                if (root.TryGetProperty("auditHead", out var head))
                {
                    return new Read(number, null, null) { AuditHead = Required(head.Deserialize<AuditHead>(AnalysisJson.Compact), "auditHead") };
                }

                if (root.TryGetProperty("feed", out var feed))
                {
                    return new Read(number, null, null) { Feed = Required(feed.Deserialize<FeedCheckpoint>(AnalysisJson.Compact), "feed") };
                }
            }

            var line = root.Deserialize<Line>(AnalysisJson.Compact)
                ?? throw new JsonException("null");
            if (string.IsNullOrEmpty(line.Id) || line.Text is null || line.Mentions is null || line.Claims is null)
            {
                throw new JsonException("a report needs id, text, mentions and claims");
            }

            var report = new Report
            {
                Id = line.Id,
                Source = line.Source,
                Title = line.Title,
                Language = line.Language,
                Text = line.Text,
                Published = line.Published,
                Publisher = line.Publisher,
                Post = line.Post,
                Mentions = line.Mentions,
            };
            var claims = line.Claims.Select(c => new Claim(c.Id, c.Text, c.Mentions, c.Status)).ToList();
            return new Read(number, new LedgerEntry(report, line.IngestedAt, claims), null);
        }
        catch (JsonException ex)
        {
            return new Read(number, null, new InputException(name, "not a ledger entry: " + ex.Message, string.Create(CultureInfo.InvariantCulture, $"line {number}"), ex));
        }
    }

    private static T Required<T>(T? value, string kind)
        where T : class => value ?? throw new JsonException($"an empty {kind} line");

    private static async Task WriteLineAsync(TextWriter writer, DeskLine line)
    {
        await writer.WriteAsync(JsonSerializer.Serialize(line, AnalysisJson.Compact)).ConfigureAwait(false);
        await writer.WriteAsync('\n').ConfigureAwait(false);
    }

    private static bool IsHeader(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<Header>(text, AnalysisJson.Compact) is { } header
                && string.Equals(header.Schema, Schema, StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>One line read: its number, and the entry (or the desk record) or why it is neither.</summary>
    /// <param name="Number">The line number (1 is the header).</param>
    /// <param name="Entry">The entry, when the line is a report.</param>
    /// <param name="Error">Why it is not a line of the format, naming the input and the line.</param>
    public sealed record Read(int Number, LedgerEntry? Entry, InputException? Error)
    {
        /// <summary>The account, when the line is one.</summary>
        public DeskUser? User { get; init; }

        /// <summary>A media file with its appearances, when the line is one.</summary>
        public MediaDetail? Media { get; init; }

        /// <summary>The API token hash, when the line is one.</summary>
        public StoredApiToken? ApiToken { get; init; }

        /// <summary>The desk gazetteer's placement, when the line is one.</summary>
        public DeskPlace? DeskPlace { get; init; }

        /// <summary>The audit log entry, when the line is one.</summary>
        public AuditEntry? Audit { get; init; }

        /// <summary>The audit head as recorded, when the line is it.</summary>
        public AuditHead? AuditHead { get; init; }

        /// <summary>A further appearance of a report's text.</summary>
        public ReportSighting? Sighting { get; init; }

        /// <summary>A claim's stored embedding.</summary>
        public ClaimEmbedding? ClaimEmbedding { get; init; }

        /// <summary>A feed's watch state, when the line is one.</summary>
        public FeedCheckpoint? Feed { get; init; }
    }

    // One of them is set; the others, null, are left out of the line.
    private sealed record DeskLine
    {
        public MediaDetail? Media { get; init; }

        public FeedCheckpoint? Feed { get; init; }

        public DeskUser? User { get; init; }

        public StoredApiToken? ApiToken { get; init; }

        public DeskPlace? DeskPlace { get; init; }

        public AuditEntry? Audit { get; init; }

        public AuditHead? AuditHead { get; init; }

        public ReportSighting? Sighting { get; init; }

        public EmbeddingLine? ClaimEmbedding { get; init; }
    }

    // The vector as base64 of its float32 bytes: half the size of a list of numbers, and exact.
    private sealed record EmbeddingLine(string ClaimId, string Model, byte[] Vector)
    {
        public static byte[] Bytes(float[] vector) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

        public static float[] Floats(byte[] bytes) => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }

    private sealed record Header(string Schema);

    private sealed record Line(
        string Id,
        string Source,
        string? Title,
        string Language,
        DateTimeOffset? Published,
        string? Publisher,
        PostMetadata? Post,
        DateTimeOffset IngestedAt,
        string Text,
        IReadOnlyList<Mention> Mentions,
        IReadOnlyList<LineClaim> Claims);

    private sealed record LineClaim(string Id, string Text, ClaimStatus Status, IReadOnlyList<string> Mentions);
}
