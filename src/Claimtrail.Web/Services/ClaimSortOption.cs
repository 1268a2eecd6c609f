using Claimtrail.Ledger;

namespace Claimtrail.Web.Services;

/// <summary>An order the claim list offers: its code in URLs and the API, and its label on the page.</summary>
/// <param name="Code">The code in <c>?sort=</c>.</param>
/// <param name="Sort">The ledger's order.</param>
/// <param name="Label">The label in the sort menu.</param>
/// <param name="SearchLabel">The label while searching, when the order then means something else; null for the same.</param>
public sealed record ClaimSortOption(string Code, ClaimSort Sort, string Label, string? SearchLabel = null)
{
    /// <summary>Every order, the default first. A new <see cref="ClaimSort"/> needs only a line here.</summary>
    public static IReadOnlyList<ClaimSortOption> All { get; } =
    [
        new("newest", ClaimSort.Newest, "Newest", "Most relevant"),
        new("reports", ClaimSort.MostReports, "Most reports"),
        new("origins", ClaimSort.MostOrigins, "Most independent origins"),
        new("checkworthy", ClaimSort.CheckWorthy, "Most check-worthy"),
    ];

    /// <summary>The option with this code; null when there is none.</summary>
    public static ClaimSortOption? Find(string? code) =>
        All.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.Ordinal));

    /// <summary>The option of this order.</summary>
    public static ClaimSortOption Of(ClaimSort sort) => All.First(o => o.Sort == sort);
}
