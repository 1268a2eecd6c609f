using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>
/// Which claims to list: an optional full-text search, filters by status, source, place, date and language (all that are
/// given must hold), an order and a page.
/// </summary>
public sealed record ClaimQuery
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// Words to search for (all must occur) in the claim text, its mentions' content and the names of the sources
    /// that state or relay it, accents ignored; a word ending in <c>*</c> matches as a prefix. Null or blank lists every claim.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Only claims with this status; null for every status.</summary>
    public ClaimStatus? Status { get; init; }

    /// <summary>
    /// Only claims this source stated or relayed (as a mention's speaker or relay, or as the channel a report carrying the
    /// claim was forwarded from) whose <see cref="SourceKey"/> holds this one's words in a row, whatever its kind ("Meduza"
    /// finds "the site Meduza"); null or blank for any source.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>
    /// Only claims with a mention naming this place or a place lying in it ("Moscow" finds "Teterinsky Street, Moscow"),
    /// case aside (on SQLite, for Latin letters only); null or blank for any place.
    /// </summary>
    public string? Place { get; init; }

    /// <summary>
    /// Only claims carried by a report that appeared (was published, else was ingested) at or after this time. With
    /// <see cref="To"/> and <see cref="Language"/>, one report must meet all three.
    /// </summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only claims carried by a report that appeared before this time (exclusive).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only claims carried by a report in this language (ISO 639-1 code, as reports record it); null or blank for any.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Only claims stated in one of these reports (by id); null for any report, empty for none. For listings worked out
    /// outside the database, such as claims whose reports carried possibly recycled media.
    /// </summary>
    public IReadOnlyList<string>? ReportIds { get; init; }

    /// <summary>True when a filter on the reports that carry a claim (date or language) is given.</summary>
    public bool FiltersReports => From is not null || To is not null || !string.IsNullOrWhiteSpace(Language);

    /// <summary>The order of the listing.</summary>
    public ClaimSort Sort { get; init; } = ClaimSort.Newest;

    /// <summary>How many claims to skip.</summary>
    public int Offset
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    }

    /// <summary>How many claims to return at most (1 to <see cref="MaxLimit"/>).</summary>
    public int Limit
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxLimit);
            field = value;
        }
    } = 50;

    /// <summary>The search words, split on white space; empty when the query lists everything.</summary>
    public IReadOnlyList<string> Terms =>
        string.IsNullOrWhiteSpace(Text) ? [] : Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
