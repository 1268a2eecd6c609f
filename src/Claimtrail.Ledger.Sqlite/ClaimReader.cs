using Claimtrail.Model;
using Claimtrail.Reviews;
using Claimtrail.Text;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>Reads one claim with its mentions, relay chains and reports inside the caller's transaction.</summary>
internal sealed class ClaimReader
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly CancellationToken _cancellationToken;

    public ClaimReader(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    public async Task<ClaimDetail?> ReadAsync(string id)
    {
        string text;
        ClaimStatus status;
        DateTimeOffset created;
        long version;
        await using (var claim = Command("SELECT text, status, created, version FROM claims WHERE id = $id", id))
        await using (var reader = await claim.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            text = reader.GetString(0);
            status = SqliteValues.ParseName<ClaimStatus>(reader.GetString(1));
            created = SqliteValues.ParseTime(reader.GetString(2));
            version = reader.GetInt64(3);
        }

        var relays = await ReadRelaysAsync(id).ConfigureAwait(false);
        var mentions = await ReadMentionsAsync(id, relays).ConfigureAwait(false);
        var reports = await ReadReportsAsync(id).ConfigureAwait(false);
        var reviews = new List<Review>();
        await using (var log = Command("SELECT " + AuditColumns + " FROM audit_log WHERE subject = $id AND action = 'review' ORDER BY seq", id))
        await using (var reader = await log.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
            {
                reviews.Add(ReviewPayload.Read(ReadAuditEntry(reader)));
            }
        }

        return new ClaimDetail(id, text, status, created, mentions, reports) { Version = version, Reviews = reviews };
    }

    private async Task<Dictionary<string, List<RelayLink>>> ReadRelaysAsync(string claimId)
    {
        var relays = new Dictionary<string, List<RelayLink>>(StringComparer.Ordinal);
        await using var command = Command("""
            SELECT mr.mention_id, s.name, s.kind, mr.cue, mr.span_start, mr.span_end
              FROM claim_mentions cm
              JOIN mention_relays mr ON mr.mention_id = cm.mention_id
              JOIN sources s ON s.id = mr.source_id
             WHERE cm.claim_id = $id
             ORDER BY mr.mention_id, mr.position
            """, claimId);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            var mention = reader.GetString(0);
            if (!relays.TryGetValue(mention, out var chain))
            {
                chain = [];
                relays[mention] = chain;
            }

            chain.Add(new RelayLink(
                reader.GetString(1),
                SqliteValues.ParseName<SourceKind>(reader.GetString(2)),
                reader.GetString(3),
                Span(reader, 4)));
        }

        return relays;
    }

    private async Task<List<LedgerMention>> ReadMentionsAsync(string claimId, Dictionary<string, List<RelayLink>> relays)
    {
        var mentions = new List<LedgerMention>();
        await using var command = Command("""
            SELECT m.id, m.report_id, m.span_start, m.span_end, m.fragments, m.content,
                   s.name, s.kind, m.speaker_start, m.speaker_end,
                   m.cue, m.cue_start, m.cue_end, m.stance, m.hedges, m.evidence, m.places, m.entities, m.extractor, m.check_worthiness
              FROM claim_mentions cm
              JOIN mentions m ON m.id = cm.mention_id
              JOIN reports r ON r.id = m.report_id
              LEFT JOIN sources s ON s.id = m.speaker_source_id
             WHERE cm.claim_id = $id
             ORDER BY r.seq, m.position
            """, claimId);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            var mention = ReadMention(reader, relays);
            mentions.Add(new LedgerMention(reader.GetString(1), mention));
        }

        return mentions;
    }

    private async Task<List<ReportSummary>> ReadReportsAsync(string claimId)
    {
        var reports = new List<ReportSummary>();
        await using var command = Command("""
            SELECT r.id, r.source, r.title, r.language, r.published, r.publisher, r.ingested_at, r.url, r.forwarded_from
              FROM reports r
             WHERE r.id IN (SELECT m.report_id FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id WHERE cm.claim_id = $id)
             ORDER BY r.seq
            """, claimId);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(_cancellationToken).ConfigureAwait(false))
        {
            reports.Add(ReadReportSummary(reader));
        }

        return reports;
    }

    /// <summary>The audit_log columns <see cref="ReadAuditEntry"/> reads, in order.</summary>
    internal const string AuditColumns = "seq, at, actor, action, subject, payload, previous_hash, hash";

    /// <summary>Reads an audit entry from <see cref="AuditColumns"/>.</summary>
    internal static AuditEntry ReadAuditEntry(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        SqliteValues.ParseTime(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7));

    /// <summary>Reads id, source, title, language, published, publisher, ingested_at, url, forwarded_from from the first nine columns.</summary>
    internal static ReportSummary ReadReportSummary(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : SqliteValues.ParseTime(reader.GetString(4)),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        SqliteValues.ParseTime(reader.GetString(6)))
    {
        Url = reader.IsDBNull(7) ? null : reader.GetString(7),
        ForwardedFrom = reader.IsDBNull(8) ? null : reader.GetString(8),
    };

    /// <summary>
    /// A mention from a row whose first columns are <c>m.id, m.report_id, m.span_start, m.span_end, m.fragments, m.content,
    /// s.name, s.kind, m.speaker_start, m.speaker_end, m.cue, m.cue_start, m.cue_end, m.stance, m.hedges, m.evidence,
    /// m.places, m.entities, m.extractor, m.check_worthiness</c>, with its relay chain from <paramref name="relays"/>.
    /// </summary>
    internal static Mention ReadMention(SqliteDataReader reader, Dictionary<string, List<RelayLink>> relays)
    {
        var id = reader.GetString(0);
        var speaker = reader.IsDBNull(6)
            ? Speaker.None
            : new Speaker(reader.GetString(6), SqliteValues.ParseName<SourceKind>(reader.GetString(7)), Span(reader, 8));
        return new Mention
        {
            Id = id,
            Span = new TextSpan(reader.GetInt32(2), reader.GetInt32(3)),
            Fragments = SqliteValues.FromJson<List<TextSpan>>(reader.GetString(4)),
            Content = reader.GetString(5),
            Speaker = speaker,
            Cue = reader.GetString(10),
            CueSpan = new TextSpan(reader.GetInt32(11), reader.GetInt32(12)),
            Relay = relays.TryGetValue(id, out var chain) ? chain : [],
            Stance = SqliteValues.ParseName<Stance>(reader.GetString(13)),
            Hedges = SqliteValues.FromJson<List<string>>(reader.GetString(14)),
            Evidence = SqliteValues.FromJson<List<EvidenceRef>>(reader.GetString(15)),
            Places = SqliteValues.FromJson<List<PlaceRef>>(reader.GetString(16)),
            Entities = SqliteValues.FromJson<List<EntityMention>>(reader.GetString(17)),
            Extractor = reader.GetString(18),
            CheckWorthiness = reader.IsDBNull(19) ? null : reader.GetDouble(19),
        };
    }

    /// <summary>A span from two columns, null when the first is null.</summary>
    internal static TextSpan? Span(SqliteDataReader reader, int startColumn) =>
        reader.IsDBNull(startColumn) ? null : new TextSpan(reader.GetInt32(startColumn), reader.GetInt32(startColumn + 1));

    private SqliteCommand Command(string sql, string id)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return command;
    }
}
