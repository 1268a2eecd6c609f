namespace Claimtrail.Ledger;

/// <summary>
/// The source, place, date, language and report filters of a claim listing as SQL conditions on <c>claims c</c>, for both
/// ledger engines (their schemas are the same; <see cref="ClaimFilterDialect"/> holds what they spell differently).
/// </summary>
/// <remarks>
/// Each filter picks the claim ids it allows through an index (sources, mention_places, reports_language,
/// reports_appeared) rather than testing every claim, so a narrow filter stays fast on a large ledger.
/// </remarks>
public static class ClaimFilterSql
{
    /// <summary>
    /// The conditions, each starting with <c> AND</c>, for the filters <paramref name="query"/> gives; each parameter they
    /// use is handed to <paramref name="parameter"/> by its bare name (<c>source</c>, <c>place</c>…).
    /// </summary>
    public static string Conditions(ClaimQuery query, ClaimFilterDialect dialect, Action<string, object> parameter)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(parameter);
        var p = dialect.ParameterPrefix;
        var sql = string.Empty;
        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            // Whole words of the key: "Meduza" finds "the site Meduza", "city hall" finds "The City Hall", "Mash" not "Mashup".
            var key = SourceKey.For(query.Source);
            if (key.Length == 0)
            {
                return " AND NOT (" + dialect.True + ")";
            }

            var narrowing = dialect.IndexedContains ? $"key LIKE {p}contains AND " : string.Empty;
            var picked = $"(SELECT id FROM sources WHERE {narrowing}' ' || key || ' ' LIKE {p}source)";
            sql += $"""
                 AND c.id IN (
                    SELECT cm.claim_id FROM mentions m JOIN claim_mentions cm ON cm.mention_id = m.id
                     WHERE m.speaker_source_id IN {picked}
                    UNION
                    SELECT cm.claim_id FROM mention_relays mr JOIN claim_mentions cm ON cm.mention_id = mr.mention_id
                     WHERE mr.source_id IN {picked}
                    UNION
                    SELECT cm.claim_id FROM reports r JOIN mentions m ON m.report_id = r.id JOIN claim_mentions cm ON cm.mention_id = m.id
                     WHERE r.forwarded_from_source_id IN {picked})
                """;
            parameter("source", "% " + key + " %");
            if (dialect.IndexedContains)
            {
                parameter("contains", "%" + key + "%");
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Place))
        {
            // Folded by the database's lower() as in the trigger that files the places, so both sides fold alike.
            sql += $"""
                 AND c.id IN (
                    SELECT cm.claim_id FROM mention_places mp JOIN claim_mentions cm ON cm.mention_id = mp.mention_id
                     WHERE mp.key = lower({dialect.Trim}({p}place)))
                """;
            parameter("place", query.Place);
        }

        if (query.ReportIds is { } reportIds)
        {
            if (reportIds.Count == 0)
            {
                return " AND NOT (" + dialect.True + ")";
            }

            sql += $"""
                 AND c.id IN (
                    SELECT cm.claim_id FROM mentions m JOIN claim_mentions cm ON cm.mention_id = m.id
                     WHERE {dialect.InTextList("m.report_id", p + "reports")})
                """;
            parameter("reports", dialect.TextList(reportIds));
        }

        if (query.FiltersReports)
        {
            var reports = string.Empty;
            if (!string.IsNullOrWhiteSpace(query.Language))
            {
                reports += $" AND r.language = {p}language";
                parameter("language", query.Language.Trim());
            }

            if (query.From is { } start)
            {
                reports += $" AND {dialect.Appeared} >= {p}from";
                parameter("from", dialect.Time(start));
            }

            if (query.To is { } end)
            {
                reports += $" AND {dialect.Appeared} < {p}to";
                parameter("to", dialect.Time(end));
            }

            sql += $"""
                 AND c.id IN (
                    SELECT cm.claim_id FROM reports r JOIN mentions m ON m.report_id = r.id
                      JOIN claim_mentions cm ON cm.mention_id = m.id WHERE {dialect.True}
                """ + reports + ")";
        }

        return sql;
    }
}
