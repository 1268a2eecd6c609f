using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Json;
using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Users;

namespace Claimtrail.Ledger;

/// <summary>
/// The whole ledger as JSON lines (<c>claimtrail.ledger/1</c>): a header line, then one line per report in ingest
/// order with its post metadata and media (when it has them), its mentions (analysis contract shape) and the
/// claims they state; then the desk's accounts (<c>user</c>), API token hashes (<c>apiToken</c>), the review audit
/// log (<c>audit</c>) and its head (<c>auditHead</c>), and the feeds' watch state (<c>feed</c>), one per line.
/// Engine-neutral: the same content gives the
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
    /// Writes the whole of <paramref name="ledger"/>: the header, its reports (<see cref="ILedger.ExportAsync"/>), then
    /// its accounts, API token hashes, audit log and audit head, and the feeds' watch state. Returns how many reports were written.
    /// </summary>
    public static async Task<int> WriteAsync(ILedger ledger, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(writer);
        var count = await WriteAsync(ledger.ExportAsync(cancellationToken), writer, cancellationToken).ConfigureAwait(false);
        await foreach (var user in ledger.ListUsersAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { User = user }).ConfigureAwait(false);
        }

        await foreach (var token in ledger.ListApiTokensAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(writer, new DeskLine { ApiToken = token }).ConfigureAwait(false);
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
                if (root.TryGetProperty("user", out var user))
                {
                    return new Read(number, null, null) { User = Required(user.Deserialize<DeskUser>(AnalysisJson.Compact), "user") };
                }

                if (root.TryGetProperty("apiToken", out var token))
                {
                    return new Read(number, null, null) { ApiToken = Required(token.Deserialize<StoredApiToken>(AnalysisJson.Compact), "apiToken") };
                }

                if (root.TryGetProperty("audit", out var audit))
                {
                    return new Read(number, null, null) { Audit = Required(audit.Deserialize<AuditEntry>(AnalysisJson.Compact), "audit") };
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

        /// <summary>The API token hash, when the line is one.</summary>
        public StoredApiToken? ApiToken { get; init; }

        /// <summary>The audit log entry, when the line is one.</summary>
        public AuditEntry? Audit { get; init; }

        /// <summary>The audit head as recorded, when the line is it.</summary>
        public AuditHead? AuditHead { get; init; }

        /// <summary>A feed's watch state, when the line is one.</summary>
        public FeedCheckpoint? Feed { get; init; }
    }

    // One of the five is set; the others, null, are left out of the line.
    private sealed record DeskLine
    {
        public FeedCheckpoint? Feed { get; init; }

        public DeskUser? User { get; init; }

        public StoredApiToken? ApiToken { get; init; }

        public AuditEntry? Audit { get; init; }

        public AuditHead? AuditHead { get; init; }
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
