using Claimtrail.Geo;
using Claimtrail.Model;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>Reads the ledger's reports for an export a chunk at a time, inside the caller's (snapshot) transaction.</summary>
internal sealed class LedgerExporter
{
    private const string InChunk = "r.seq > $after AND r.seq <= $last";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly CancellationToken _cancellationToken;

    public LedgerExporter(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Up to <paramref name="limit"/> reports after ingest position <paramref name="after"/>, and the position of the last.</summary>
    public async Task<(List<LedgerEntry> Entries, long Last)> ReadChunkAsync(long after, int limit)
    {
        var reports = new List<(Report Report, DateTimeOffset IngestedAt)>();
        long last = after;
        await using (var command = Command("""
            SELECT id, source, title, language, text, published, publisher, ingested_at, seq,
                   platform, post_id, url, author, forwarded_from, reply_to, edited, fetched, latitude, longitude
              FROM reports WHERE seq > $after ORDER BY seq LIMIT $limit
            """, after, 0))
        {
            command.Parameters.AddWithValue("$limit", limit);
            await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                reports.Add((
                    new Report
                    {
                        Id = reader.GetString(0),
                        Source = reader.GetString(1),
                        Title = reader.IsDBNull(2) ? null : reader.GetString(2),
                        Language = reader.GetString(3),
                        Text = reader.GetString(4),
                        Published = reader.IsDBNull(5) ? null : SqliteValues.ParseTime(reader.GetString(5)),
                        Publisher = reader.IsDBNull(6) ? null : reader.GetString(6),
                        Post = ReadPost(reader, 9),
                    },
                    SqliteValues.ParseTime(reader.GetString(7))));
                last = reader.GetInt64(8);
            }
        }

        if (reports.Count == 0)
        {
            return ([], last);
        }

        var media = await ReadMediaAsync(after, last).ConfigureAwait(false);
        var relays = await ReadRelaysAsync(after, last).ConfigureAwait(false);
        var mentions = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        await using (var command = Command($"""
            SELECT m.id, m.report_id, m.span_start, m.span_end, m.fragments, m.content,
                   s.name, s.kind, m.speaker_start, m.speaker_end,
                   m.cue, m.cue_start, m.cue_end, m.stance, m.hedges, m.evidence, m.places, m.entities, m.extractor, m.check_worthiness
              FROM reports r
              JOIN mentions m ON m.report_id = r.id
              LEFT JOIN sources s ON s.id = m.speaker_source_id
             WHERE {InChunk}
             ORDER BY r.seq, m.position
            """, after, last))
        await using (var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                GetOrAdd(mentions, reader.GetString(1)).Add(ClaimReader.ReadMention(reader, relays));
            }
        }

        var claims = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        await using (var command = Command($"""
            SELECT m.report_id, c.id, c.text, c.status, cm.mention_id
              FROM reports r
              JOIN mentions m ON m.report_id = r.id
              JOIN claim_mentions cm ON cm.mention_id = m.id
              JOIN claims c ON c.id = cm.claim_id
             WHERE {InChunk}
             ORDER BY r.seq, c.seq, m.position
            """, after, last))
        await using (var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                var list = GetOrAdd(claims, reader.GetString(0));
                var id = reader.GetString(1);
                if (list.Count == 0 || !string.Equals(list[^1].Id, id, StringComparison.Ordinal))
                {
                    list.Add(new Claim(id, reader.GetString(2), new List<string>(), SqliteValues.ParseName<ClaimStatus>(reader.GetString(3))));
                }

                ((List<string>)list[^1].Mentions).Add(reader.GetString(4));
            }
        }

        var entries = reports
            .Select(r => new LedgerEntry(
                WithMedia(r.Report, media) with { Mentions = mentions.GetValueOrDefault(r.Report.Id) ?? [] },
                r.IngestedAt,
                claims.GetValueOrDefault(r.Report.Id) ?? []))
            .ToList();
        return (entries, last);
    }

    // A report read from a file has no post columns and no media: it reads back without a Post, as it was stored.
    private static PostMetadata? ReadPost(SqliteDataReader reader, int first)
    {
        var post = new PostMetadata
        {
            Platform = Text(reader, first),
            PostId = Text(reader, first + 1),
            Url = Text(reader, first + 2),
            Author = Text(reader, first + 3),
            ForwardedFrom = Text(reader, first + 4),
            ReplyTo = Text(reader, first + 5),
            Edited = reader.IsDBNull(first + 6) ? null : SqliteValues.ParseTime(reader.GetString(first + 6)),
            Fetched = reader.IsDBNull(first + 7) ? null : SqliteValues.ParseTime(reader.GetString(first + 7)),
            Location = reader.IsDBNull(first + 8) || reader.IsDBNull(first + 9) ? null : new GeoPoint(reader.GetDouble(first + 8), reader.GetDouble(first + 9)),
        };
        return post.IsEmpty ? null : post;
    }

    private static Report WithMedia(Report report, Dictionary<string, List<MediaItem>> media)
    {
        if (!media.TryGetValue(report.Id, out var items))
        {
            return report;
        }

        return report with { Post = (report.Post ?? new PostMetadata()) with { Media = items } };
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private async Task<Dictionary<string, List<MediaItem>>> ReadMediaAsync(long after, long last)
    {
        var media = new Dictionary<string, List<MediaItem>>(StringComparer.Ordinal);
        await using var command = Command($"""
            SELECT rm.report_id, rm.kind, rm.reference, rm.mime_type, rm.size, rm.sha256
              FROM reports r
              JOIN report_media rm ON rm.report_id = r.id
             WHERE {InChunk}
             ORDER BY r.seq, rm.position
            """, after, last);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            GetOrAdd(media, reader.GetString(0)).Add(new MediaItem(reader.GetString(1), Text(reader, 2))
            {
                MimeType = Text(reader, 3),
                Size = reader.IsDBNull(4) ? null : reader.GetInt64(4),
                Sha256 = Text(reader, 5),
            });
        }

        return media;
    }

    private async Task<Dictionary<string, List<RelayLink>>> ReadRelaysAsync(long after, long last)
    {
        var relays = new Dictionary<string, List<RelayLink>>(StringComparer.Ordinal);
        await using var command = Command($"""
            SELECT mr.mention_id, s.name, s.kind, mr.cue, mr.span_start, mr.span_end
              FROM reports r
              JOIN mentions m ON m.report_id = r.id
              JOIN mention_relays mr ON mr.mention_id = m.id
              JOIN sources s ON s.id = mr.source_id
             WHERE {InChunk}
             ORDER BY mr.mention_id, mr.position
            """, after, last);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            GetOrAdd(relays, reader.GetString(0)).Add(new RelayLink(
                reader.GetString(1),
                SqliteValues.ParseName<SourceKind>(reader.GetString(2)),
                reader.GetString(3),
                ClaimReader.Span(reader, 4)));
        }

        return relays;
    }

    private static List<T> GetOrAdd<T>(Dictionary<string, List<T>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        return list;
    }

    private SqliteCommand Command(string sql, long after, long last)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$last", last);
        return command;
    }
}
