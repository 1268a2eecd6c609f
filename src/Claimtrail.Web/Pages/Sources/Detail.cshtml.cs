using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claimtrail.Web.Pages.Sources;

public sealed class DetailModel(IClaimReader ledger) : PageModel
{
    public SourceDetail Source { get; private set; } = null!;

    public IReadOnlyList<SourceActivity> Stated => [.. Source.Activity.Where(a => a.Role == SourceRole.States)];

    public IReadOnlyList<SourceActivity> Relayed => [.. Source.Activity.Where(a => a.Role == SourceRole.Relays)];

    public async Task<IActionResult> OnGetAsync(string kind, string key, CancellationToken cancellationToken)
    {
        if (Names.Parse<SourceKind>(kind) is not { } sourceKind)
        {
            return NotFound();
        }

        var source = await ledger.GetSourceAsync(sourceKind, key, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            return NotFound();
        }

        Source = source;
        return Page();
    }
}
