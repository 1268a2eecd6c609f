using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claimtrail.Web.Pages.Claims;

public sealed class DetailModel(ILedger ledger) : PageModel
{
    public ClaimDetail Claim { get; private set; } = null!;

    public IReadOnlyList<MentionView> Statements { get; private set; } = [];

    public IReadOnlyList<MentionView> Responses { get; private set; } = [];

    public IReadOnlyList<(EvidenceRef Evidence, ReportSummary Report)> Evidence { get; private set; } = [];

    public IReadOnlyList<PlaceRef> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var claim = await ledger.GetClaimAsync(id, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return NotFound();
        }

        Claim = claim;
        var reports = claim.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var views = new List<MentionView>();
        foreach (var (reportId, mention) in claim.Mentions)
        {
            if (!texts.TryGetValue(reportId, out var text))
            {
                text = (await ledger.GetReportAsync(reportId, cancellationToken).ConfigureAwait(false))?.Text ?? string.Empty;
                texts[reportId] = text;
            }

            views.Add(new MentionView(mention, reports[reportId], Highlighter.Highlight(text, mention)));
        }

        Statements = [.. views.Where(v => !Names.IsResponse(v.Mention.Stance))];
        Responses = [.. views.Where(v => Names.IsResponse(v.Mention.Stance))];
        Evidence = [.. views.SelectMany(v => v.Mention.Evidence.Select(e => (e, v.Report)))];
        Places = [.. views.SelectMany(v => v.Mention.Places).DistinctBy(p => (p.Name, p.Within))];
        return Page();
    }

    public static string SourceLink(string name, SourceKind kind) =>
        "/sources/" + Names.Code(kind) + "/" + Uri.EscapeDataString(SourceKey.For(name));
}

/// <summary>A mention as the claim page shows it: the mention, its report, and its sentence cut into highlighted runs.</summary>
public sealed record MentionView(Mention Mention, ReportSummary Report, IReadOnlyList<TextRun> Runs);
