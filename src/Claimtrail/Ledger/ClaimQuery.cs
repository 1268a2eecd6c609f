using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>Which claims to list: an optional full-text search, a status filter, an order and a page.</summary>
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
