namespace Claimtrail.Ledger.Postgres;

/// <summary>The source, place, date and language filters of a claim listing as SQL conditions on <c>claims c</c>.</summary>
/// <remarks>
/// Each filter picks the claim ids it allows from an index (mention_places, reports_language,
/// reports_appeared) rather than testing every claim, so a narrow filter stays fast on a large ledger.
/// </remarks>
internal static class ClaimFilters
{
    /// <summary>The conditions (each starting with <c> AND</c>) for the filters <paramref name="query"/> gives, naming parameters through <paramref name="parameter"/>.</summary>
    public static string Sql(ClaimQuery query, Action<string, object> parameter)
    {
        var sql = string.Empty;
        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            // Whole words of the key: "Meduza" finds "the site Meduza", "city hall" finds "The City Hall", "Mash" not "Mashup".
            var key = SourceKey.For(query.Source);
            if (key.Length == 0)
            {
                return " AND false";
            }

            sql += """
                 AND c.id IN (
                    SELECT cm.claim_id FROM mentions m JOIN claim_mentions cm ON cm.mention_id = m.id
                     WHERE m.speaker_source_id IN (SELECT id FROM sources WHERE key LIKE @contains AND ' ' || key || ' ' LIKE @source)
                    UNION
                    SELECT cm.claim_id FROM mention_relays mr JOIN claim_mentions cm ON cm.mention_id = mr.mention_id
                     WHERE mr.source_id IN (SELECT id FROM sources WHERE key LIKE @contains AND ' ' || key || ' ' LIKE @source)
                    UNION
                    SELECT cm.claim_id FROM reports r JOIN mentions m ON m.report_id = r.id JOIN claim_mentions cm ON cm.mention_id = m.id
                     WHERE r.forwarded_from_source_id IN (SELECT id FROM sources WHERE key LIKE @contains AND ' ' || key || ' ' LIKE @source))
                """;
            parameter("source", "% " + key + " %");

            // The plain containment lets the trigram index on sources.key narrow the search first.
            parameter("contains", "%" + key + "%");
        }

        if (!string.IsNullOrWhiteSpace(query.Place))
        {
            // lower() here as in the trigger that files the places, so both sides fold alike.
            sql += """
                 AND c.id IN (
                    SELECT cm.claim_id FROM mention_places mp JOIN claim_mentions cm ON cm.mention_id = mp.mention_id
                     WHERE mp.key = lower(btrim(@place)))
                """;
            parameter("place", query.Place);
        }

        if (query.FiltersReports)
        {
            var reports = string.Empty;
            if (!string.IsNullOrWhiteSpace(query.Language))
            {
                reports += " AND r.language = @language";
                parameter("language", query.Language.Trim());
            }

            if (query.From is { } start)
            {
                reports += " AND coalesce(r.published, r.ingested_at) >= @from";
                parameter("from", start.ToUniversalTime());
            }

            if (query.To is { } end)
            {
                reports += " AND coalesce(r.published, r.ingested_at) < @to";
                parameter("to", end.ToUniversalTime());
            }

            sql += """
                 AND c.id IN (
                    SELECT cm.claim_id FROM reports r JOIN mentions m ON m.report_id = r.id
                      JOIN claim_mentions cm ON cm.mention_id = m.id WHERE true
                """ + reports + ")";
        }

        return sql;
    }
}
