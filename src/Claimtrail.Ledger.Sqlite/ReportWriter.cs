using Claimtrail.Model;
using Microsoft.Data.Sqlite;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>
/// The statements that store reports inside the caller's transaction. Each statement is prepared once per
/// writer and run for every row with new values: a report of dozens of mentions, or a batch of thousands of
/// posts, would otherwise spend more time compiling SQL than writing.
/// </summary>
internal sealed class ReportWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly CancellationToken _cancellationToken;
    private readonly List<SqliteCommand> _commands = [];

    // Sources named several times in one report are looked up once.
    private readonly Dictionary<(SourceKind Kind, string Key), long> _sources = [];
    private readonly List<PreparedStatement> _statements = [];

    private PreparedStatement? _forward;
    private PreparedStatement? _report;
    private PreparedStatement? _media;
    private PreparedStatement? _source;
    private SqliteCommand? _mention;
    private SqliteCommand? _relay;
    private SqliteCommand? _claim;
    private SqliteCommand? _link;
    private SqliteCommand? _embedding;
    private SqliteCommand? _checkWorthiness;

    public ReportWriter(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        _connection = connection;
        _transaction = transaction;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Inserts the report's row, with its post metadata when it has some; false (and nothing written) when a report
    /// with its id is stored. One statement decides both, so a batch of new posts costs one statement a post.
    /// </summary>
    public bool InsertReport(Report report, string ingestedAt)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var post = report.Post;
        var statement = _report ??= Prepare(
            """
            INSERT INTO reports (id, source, title, language, text, published, publisher, ingested_at, seq,
                                 platform, post_id, url, author, forwarded_from, reply_to, edited, fetched, latitude, longitude)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT coalesce(max(seq), 0) + 1 FROM reports),
                    ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
            ON CONFLICT (id) DO NOTHING
            """);
        statement
            .Bind(1, report.Id)
            .Bind(2, report.Source)
            .Bind(3, report.Title)
            .Bind(4, report.Language)
            .Bind(5, report.Text)
            .Bind(6, report.Published is { } published ? SqliteValues.LocalTime(published) : null)
            .Bind(7, report.Publisher)
            .Bind(8, ingestedAt)
            .Bind(9, post?.Platform)
            .Bind(10, post?.PostId)
            .Bind(11, post?.Url)
            .Bind(12, post?.Author)
            .Bind(13, post?.ForwardedFrom)
            .Bind(14, post?.ReplyTo)
            .Bind(15, post?.Edited is { } edited ? SqliteValues.Time(edited) : null)
            .Bind(16, post?.Fetched is { } fetched ? SqliteValues.Time(fetched) : null)
            .Bind(17, post?.Location?.Latitude)
            .Bind(18, post?.Location?.Longitude);
        if (statement.Execute() == 0)
        {
            return false;
        }

        // The forward is a relay edge to a channel source, filed before the mentions' sources.
        if (post is not null && !string.IsNullOrWhiteSpace(post.ForwardedFrom))
        {
            var forwardedFrom = SourceId(post.ForwardedFrom, SourceKind.Channel);
            (_forward ??= Prepare("UPDATE reports SET forwarded_from_source_id = ?1 WHERE id = ?2"))
                .Bind(1, forwardedFrom)
                .Bind(2, report.Id)
                .Execute();
        }

        return true;
    }

    /// <summary>Inserts the media items of a post whose report row is stored.</summary>
    public void InsertMedia(string reportId, PostMetadata post)
    {
        if (post.Media.Count == 0)
        {
            return;
        }

        var media = _media ??= Prepare(
            """
            INSERT INTO report_media (report_id, position, kind, reference, mime_type, size, sha256)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """);
        for (var i = 0; i < post.Media.Count; i++)
        {
            var item = post.Media[i];
            media.Bind(1, reportId)
                .Bind(2, i)
                .Bind(3, item.Kind)
                .Bind(4, item.Reference)
                .Bind(5, item.MimeType)
                .Bind(6, item.Size)
                .Bind(7, item.Sha256)
                .Execute();
        }
    }

    public async Task InsertMentionAsync(string reportId, int position, Mention mention)
    {
        long? speaker = string.IsNullOrEmpty(mention.Speaker.Name)
            ? null
            : SourceId(mention.Speaker.Name, mention.Speaker.Kind);
        _mention ??= Command(
            """
            INSERT INTO mentions (id, report_id, position, span_start, span_end, fragments, content,
                                  speaker_source_id, speaker_start, speaker_end, cue, cue_start, cue_end,
                                  stance, hedges, evidence, places, entities, extractor, check_worthiness)
            VALUES ($id, $report_id, $position, $span_start, $span_end, $fragments, $content,
                    $speaker, $speaker_start, $speaker_end, $cue, $cue_start, $cue_end,
                    $stance, $hedges, $evidence, $places, $entities, $extractor, $check_worthiness)
            """,
            "$id", "$report_id", "$position", "$span_start", "$span_end", "$fragments", "$content",
            "$speaker", "$speaker_start", "$speaker_end", "$cue", "$cue_start", "$cue_end",
            "$stance", "$hedges", "$evidence", "$places", "$entities", "$extractor", "$check_worthiness");
        Set(
            _mention,
            mention.Id,
            reportId,
            position,
            mention.Span.Start,
            mention.Span.End,
            SqliteValues.Json(mention.Fragments),
            mention.Content,
            speaker,
            mention.Speaker.Span?.Start,
            mention.Speaker.Span?.End,
            mention.Cue,
            mention.CueSpan.Start,
            mention.CueSpan.End,
            SqliteValues.Name(mention.Stance),
            SqliteValues.Json(mention.Hedges),
            SqliteValues.Json(mention.Evidence),
            SqliteValues.Json(mention.Places),
            SqliteValues.Json(mention.Entities),
            mention.Extractor,
            mention.CheckWorthiness);
        await _mention.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);

        for (var i = 0; i < mention.Relay.Count; i++)
        {
            var link = mention.Relay[i];
            var source = SourceId(link.Name, link.Kind);
            _relay ??= Command(
                """
                INSERT INTO mention_relays (mention_id, position, source_id, cue, span_start, span_end)
                VALUES ($mention, $position, $source, $cue, $start, $end)
                """,
                "$mention", "$position", "$source", "$cue", "$start", "$end");
            Set(_relay, mention.Id, i, source, link.Cue, link.Span?.Start, link.Span?.End);
            await _relay.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task LinkClaimAsync(Claim claim, string now)
    {
        // A claim already stated in an earlier report keeps its text, status and creation time.
        _claim ??= Command(
            """
            INSERT INTO claims (id, text, status, created) VALUES ($id, $text, $status, $created)
            ON CONFLICT (id) DO NOTHING
            """,
            "$id", "$text", "$status", "$created");
        Set(_claim, claim.Id, claim.Text, SqliteValues.Name(claim.Status), now);
        await _claim.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);

        if (claim.Embedding is { } embedding)
        {
            _embedding ??= Command(
                """
                INSERT INTO claim_embeddings (claim_id, model, vector) VALUES ($claim, $model, $vector)
                ON CONFLICT (claim_id, model) DO NOTHING
                """,
                "$claim", "$model", "$vector");
            Set(_embedding, claim.Id, embedding.Model, System.Runtime.InteropServices.MemoryMarshal.AsBytes(embedding.Vector.AsSpan()).ToArray());
            await _embedding.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        _link ??= Command(
            """
            INSERT INTO claim_mentions (claim_id, mention_id) VALUES ($claim, $mention)
            ON CONFLICT DO NOTHING
            """,
            "$claim", "$mention");
        foreach (var mention in claim.Mentions)
        {
            Set(_link, claim.Id, mention);
            await _link.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
        }

        // The claim's check-worthiness is the highest of its mentions', old and new.
        _checkWorthiness ??= Command(
            """
            UPDATE claims SET check_worthiness = (SELECT max(m.check_worthiness) FROM claim_mentions cm
                                                    JOIN mentions m ON m.id = cm.mention_id
                                                   WHERE cm.claim_id = $claim)
             WHERE id = $claim
            """,
            "$claim");
        Set(_checkWorthiness, claim.Id);
        await _checkWorthiness.ExecuteNonQueryAsync(_cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var statement in _statements)
        {
            statement.Dispose();
        }
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private long SourceId(string name, SourceKind kind)
    {
        var key = SourceKey.For(name);
        if (key.Length == 0)
        {
            // A name of punctuation only still names someone; file it under itself.
            key = name.Trim();
        }

        if (_sources.TryGetValue((kind, key), out var known))
        {
            return known;
        }

        // The no-op update makes RETURNING give the id whether the row is new or was there.
        var id = (_source ??= Prepare(
                """
                INSERT INTO sources (kind, name, key) VALUES (?1, ?2, ?3)
                ON CONFLICT (kind, key) DO UPDATE SET kind = excluded.kind
                RETURNING id
                """))
            .Bind(1, SqliteValues.Name(kind))
            .Bind(2, name)
            .Bind(3, key)
            .ExecuteInt64()!.Value;
        _sources[(kind, key)] = id;
        return id;
    }

    private PreparedStatement Prepare(string sql)
    {
        var statement = new PreparedStatement(_connection, sql);
        _statements.Add(statement);
        return statement;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        }

        _commands.Add(command);
        return command;
    }
}
