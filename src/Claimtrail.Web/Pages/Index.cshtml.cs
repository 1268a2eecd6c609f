using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Pages;

public sealed class IndexModel(ILedger ledger, IOptions<DeskOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "offset")]
    public int Offset { get; set; }

    public ClaimStatus? Status => Names.Parse<ClaimStatus>(StatusFilter);

    public ClaimSort Sort => string.Equals(SortCode, "reports", StringComparison.Ordinal) ? ClaimSort.MostReports : ClaimSort.Newest;

    public ClaimPage Claims { get; private set; } = new([], 0);

    public LedgerCounts Counts { get; private set; } = new(0, 0, 0, 0);

    public int From => Offset + 1;

    public int To => Offset + Claims.Claims.Count;

    public int? PreviousOffset => Offset > 0 ? Math.Max(0, Offset - options.Value.PageSize) : null;

    public int? NextOffset => To < Claims.Total ? To : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Offset = Math.Max(0, Offset);
        var query = new ClaimQuery { Text = Q, Status = Status, Sort = Sort, Offset = Offset, Limit = options.Value.PageSize };
        Claims = await ledger.ListClaimsAsync(query, cancellationToken).ConfigureAwait(false);
        Counts = await ledger.CountAsync(cancellationToken).ConfigureAwait(false);
    }

    public string PageLink(int offset)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query["q"] = Q;
        }

        if (Status is { } status)
        {
            query["status"] = Names.Code(status);
        }

        if (Sort == ClaimSort.MostReports)
        {
            query["sort"] = "reports";
        }

        query["offset"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/", query);
    }
}
