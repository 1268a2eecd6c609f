using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Json;
using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>
/// The whole ledger as JSON lines (<c>claimtrail.ledger/1</c>): a header line, then one line per report in ingest
/// order with its post metadata and media (when it has them), its mentions (analysis contract shape) and the
/// claims they state. Engine-neutral: the same content gives the same bytes from either engine.
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
            var line = JsonSerializer.Deserialize<Line>(text, AnalysisJson.Compact)
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

    /// <summary>One line read: its number, and the entry or why it is not one.</summary>
    /// <param name="Number">The line number (1 is the header).</param>
    /// <param name="Entry">The entry, when the line is one.</param>
    /// <param name="Error">Why it is not, naming the input and the line.</param>
    public sealed record Read(int Number, LedgerEntry? Entry, InputException? Error);

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
