using Claimtrail.Model;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>The statements that store one report inside the caller's transaction.</summary>
internal sealed class ReportWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly CancellationToken _cancellationToken;

    // Sources named several times in one report are looked up once.
    private readonly Dictionary<(string Kind, string Key), long> _sources = [];

    public ReportWriter(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    public async Task<bool> ExistsAsync(string reportId)
    {
        await using var command = Command("SELECT 1 FROM reports WHERE id = $id");
        command.Parameters.AddWithValue("$id", reportId);
        return await command.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task InsertReportAsync(Report report, string ingestedAt)
    {
        await using var command = Command("""
            INSERT INTO reports (id, source, title, language, text, published, publisher, ingested_at, seq)
            VALUES ($id, $source, $title, $language, $text, $published, $publisher, $ingested_at,
                    (SELECT coalesce(max(seq), 0) + 1 FROM reports))
            """);
        command.Parameters.AddWithValue("$id", report.Id);
        command.Parameters.AddWithValue("$source", report.Source);
        command.Parameters.AddWithValue("$title", (object?)report.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$language", report.Language);
        command.Parameters.AddWithValue("$text", report.Text);
        command.Parameters.AddWithValue("$published", report.Published is { } published ? SqliteValues.LocalTime(published) : DBNull.Value);
        command.Parameters.AddWithValue("$publisher", (object?)report.Publisher ?? DBNull.Value);
        command.Parameters.AddWithValue("$ingested_at", ingestedAt);
        await command.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
    }

    public async Task InsertMentionAsync(string reportId, int position, Mention mention)
    {
        long? speaker = string.IsNullOrEmpty(mention.Speaker.Name)
            ? null
            : await SourceIdAsync(mention.Speaker.Name, mention.Speaker.Kind).ConfigureAwait(false);
        await using (var command = Command("""
            INSERT INTO mentions (id, report_id, position, span_start, span_end, fragments, content,
                                  speaker_source_id, speaker_start, speaker_end, cue, cue_start, cue_end,
                                  stance, hedges, evidence, places, entities, extractor)
            VALUES ($id, $report_id, $position, $span_start, $span_end, $fragments, $content,
                    $speaker, $speaker_start, $speaker_end, $cue, $cue_start, $cue_end,
                    $stance, $hedges, $evidence, $places, $entities, $extractor)
            """))
        {
            command.Parameters.AddWithValue("$id", mention.Id);
            command.Parameters.AddWithValue("$report_id", reportId);
            command.Parameters.AddWithValue("$position", position);
            command.Parameters.AddWithValue("$span_start", mention.Span.Start);
            command.Parameters.AddWithValue("$span_end", mention.Span.End);
            command.Parameters.AddWithValue("$fragments", SqliteValues.Json(mention.Fragments));
            command.Parameters.AddWithValue("$content", mention.Content);
            command.Parameters.AddWithValue("$speaker", speaker is { } id ? id : DBNull.Value);
            command.Parameters.AddWithValue("$speaker_start", mention.Speaker.Span is { } s ? s.Start : DBNull.Value);
            command.Parameters.AddWithValue("$speaker_end", mention.Speaker.Span is { } e ? e.End : DBNull.Value);
            command.Parameters.AddWithValue("$cue", mention.Cue);
            command.Parameters.AddWithValue("$cue_start", mention.CueSpan.Start);
            command.Parameters.AddWithValue("$cue_end", mention.CueSpan.End);
            command.Parameters.AddWithValue("$stance", SqliteValues.Name(mention.Stance));
            command.Parameters.AddWithValue("$hedges", SqliteValues.Json(mention.Hedges));
            command.Parameters.AddWithValue("$evidence", SqliteValues.Json(mention.Evidence));
            command.Parameters.AddWithValue("$places", SqliteValues.Json(mention.Places));
            command.Parameters.AddWithValue("$entities", SqliteValues.Json(mention.Entities));
            command.Parameters.AddWithValue("$extractor", mention.Extractor);
            await command.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < mention.Relay.Count; i++)
        {
            var link = mention.Relay[i];
            var source = await SourceIdAsync(link.Name, link.Kind).ConfigureAwait(false);
            await using var relay = Command("""
                INSERT INTO mention_relays (mention_id, position, source_id, cue, span_start, span_end)
                VALUES ($mention, $position, $source, $cue, $start, $end)
                """);
            relay.Parameters.AddWithValue("$mention", mention.Id);
            relay.Parameters.AddWithValue("$position", i);
            relay.Parameters.AddWithValue("$source", source);
            relay.Parameters.AddWithValue("$cue", link.Cue);
            relay.Parameters.AddWithValue("$start", link.Span is { } s ? s.Start : DBNull.Value);
            relay.Parameters.AddWithValue("$end", link.Span is { } e ? e.End : DBNull.Value);
            await relay.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task LinkClaimAsync(Claim claim, string now)
    {
        // A claim already stated in an earlier report keeps its text, status and creation time.
        await using (var command = Command("""
            INSERT INTO claims (id, text, status, created) VALUES ($id, $text, $status, $created)
            ON CONFLICT (id) DO NOTHING
            """))
        {
            command.Parameters.AddWithValue("$id", claim.Id);
            command.Parameters.AddWithValue("$text", claim.Text);
            command.Parameters.AddWithValue("$status", SqliteValues.Name(claim.Status));
            command.Parameters.AddWithValue("$created", now);
            await command.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        foreach (var mention in claim.Mentions)
        {
            await using var link = Command("""
                INSERT INTO claim_mentions (claim_id, mention_id) VALUES ($claim, $mention)
                ON CONFLICT DO NOTHING
                """);
            link.Parameters.AddWithValue("$claim", claim.Id);
            link.Parameters.AddWithValue("$mention", mention);
            await link.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<long> SourceIdAsync(string name, SourceKind kind)
    {
        var kindName = SqliteValues.Name(kind);
        var key = SourceKey.For(name);
        if (key.Length == 0)
        {
            // A name of punctuation only still names someone; file it under itself.
            key = name.Trim();
        }

        if (_sources.TryGetValue((kindName, key), out var known))
        {
            return known;
        }

        // The no-op update makes RETURNING give the id whether the row is new or was there.
        await using var command = Command("""
            INSERT INTO sources (kind, name, key) VALUES ($kind, $name, $key)
            ON CONFLICT (kind, key) DO UPDATE SET kind = excluded.kind
            RETURNING id
            """);
        command.Parameters.AddWithValue("$kind", kindName);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$key", key);
        var id = (long)(await command.ExecuteScalarAsync(_cancellationToken).ConfigureAwait(false))!;
        _sources[(kindName, key)] = id;
        return id;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
