using Claimtrail.Ledger;
using Claimtrail.Text;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Pages;

public sealed class IndexModel(ClaimReadCache reads, LedgerCountsCache counts, ClaimTotalsCache totals, MediaViewCache media, IOptions<DeskOptions> options) : PageModel
{
    /// <summary>The languages the pipeline tells apart, offered by the language filter.</summary>
    public static IReadOnlyList<string> Languages => LinguaLanguageDetector.Supported;

    /// <summary>The list's query string as given; the form shows it back, invalid fields included.</summary>
    public ClaimListRequest Filters { get; private set; } = new();

    public ClaimQuery Query { get; private set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public ClaimPage Claims { get; private set; } = new([], 0);

    public LedgerCounts Counts { get; private set; } = new(0, 0, 0, 0);

    public int From => Query.Offset + 1;

    public int To => Query.Offset + Claims.Claims.Count;

    public int? PreviousOffset => Query.Offset > 0 ? Math.Max(0, Query.Offset - options.Value.PageSize) : null;

    public int? NextOffset => To < Claims.Total ? To : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters = ClaimListRequest.Read(Request.Query);
        var (query, errors) = Filters.ToQuery(options.Value.PageSize);
        Errors = errors;
        if (query is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Query = query;
            var asked = Filters.OnlyRecycled ? (await media.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).OnlyRecycled(query) : query;

            // The page and the total of all pages may be a few seconds old, as the heading's counts are.
            var total = totals.GetAsync(asked).WaitAsync(cancellationToken);
            var claims = await reads.GetPageAsync(asked, cancellationToken).ConfigureAwait(false);
            Claims = new ClaimPage(claims, await total.ConfigureAwait(false));
        }

        Counts = await counts.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public string PageLink(int offset) => Filters.Link(offset);
}
