using Claimtrail.Fingerprints;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Provenance;
using Claimtrail.Reviews;
using Claimtrail.Web.Provenance;
using Claimtrail.Web.Security;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Pages.Claims;

public sealed class DetailModel(ILedger ledger, ClaimTotalsCache totals, ClaimReadCache claims, MediaViewCache media, IOptions<DeskOptions> options) : PageModel
{
    public ClaimDetail Claim { get; private set; } = null!;

    public IReadOnlyList<MentionView> Statements { get; private set; } = [];

    public IReadOnlyList<MentionView> Responses { get; private set; } = [];

    public IReadOnlyList<(EvidenceRef Evidence, ReportSummary Report)> Evidence { get; private set; } = [];

    public IReadOnlyList<PlaceRef> Places { get; private set; } = [];

    /// <summary>The photos and videos its reports carried, each with its first appearance and any recycling finding.</summary>
    public IReadOnlyList<ClaimMedia> Media { get; private set; } = [];

    /// <summary>The media flagged possibly recycled: had appeared well before the report that carries it.</summary>
    public IReadOnlyList<ClaimMedia> RecycledMedia => [.. Media.Where(m => m.PossiblyRecycled is not null)];

    /// <summary>Places with coordinates of their own, for the map.</summary>
    public IReadOnlyList<PlaceRef> LocatedPlaces => [.. Places.Where(p => p.Geo is { Latitude: not null, Longitude: not null, Pending: false })];

    /// <summary>Places awaiting geolocation: unresolved, or known only by the larger place they lie in.</summary>
    public IReadOnlyList<PlaceRef> PendingPlaces => [.. Places.Where(p => p.Geo is not { Latitude: not null, Longitude: not null, Pending: false })];

    /// <summary>How many mentions of each kind a page shows unless asked for all.</summary>
    public const int MentionLimit = 50;

    [BindProperty(SupportsGet = true, Name = "mentions")]
    public string? MentionsShown { get; set; }

    public bool ShowAllMentions => string.Equals(MentionsShown, "all", StringComparison.Ordinal);

    public int StatementTotal { get; private set; }

    public int ResponseTotal { get; private set; }

    public ClaimProvenance Provenance { get; private set; } = null!;

    public ProvenanceGraph Graph { get; private set; } = null!;

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public DeskOptions Desk => options.Value;

    private Dictionary<string, string>? _cues;

    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public ReviewResult? Conflict { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, bool reviewed, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Saved = reviewed;
        Form = new ReviewForm { Status = Names.Code(Claim.Status), Version = Claim.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(string id, CancellationToken cancellationToken)
    {
        if (!User.IsReviewer())
        {
            return Forbid();
        }

        var status = Names.Parse<ClaimStatus>(Form.Status);
        var request = new ReviewRequest(
            id,
            status ?? ClaimStatus.Unverified,
            Form.Rationale ?? string.Empty,
            [.. (Form.Evidence ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            User.Identity?.Name ?? string.Empty,
            Form.Version);
        var errors = new Dictionary<string, string>(request.Validate(), StringComparer.Ordinal);
        if (status is null)
        {
            errors["status"] = "Choose a status.";
        }

        if (errors.Count == 0)
        {
            var result = await ledger.ReviewAsync(request, cancellationToken).ConfigureAwait(false);
            totals.Invalidate();
            claims.Invalidate();
            switch (result.Outcome)
            {
                case ReviewOutcome.NotFound:
                    return NotFound();
                case ReviewOutcome.Applied:
                    return Redirect("/claims/" + Uri.EscapeDataString(id) + "?reviewed=true#reviews");
                default:
                    Conflict = result;
                    break;
            }
        }

        if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Errors = errors;
        if (Conflict is not null)
        {
            // The reviewer's words stay in the form; the version moves to what they now see, so sending again is a deliberate choice.
            Form.Version = Claim.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var read = await claims.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            return false;
        }

        var (claim, provenance) = read;
        Claim = claim;
        Provenance = provenance;
        var reports = claim.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var all = claim.Mentions;
        StatementTotal = all.Count(m => !Names.IsResponse(m.Mention.Stance));
        ResponseTotal = all.Count - StatementTotal;

        // A claim carried by hundreds of reports would read and highlight every one of them: the first ones of each
        // kind are shown, the rest on request (?mentions=all).
        var shown = ShowAllMentions ? all : [.. FirstOfEachKind(all, MentionLimit)];
        var texts = await ledger.GetReportTextsAsync([.. shown.Select(m => m.ReportId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        var views = shown.Select(m => new MentionView(m.Mention, reports[m.ReportId], Highlighter.Highlight(texts.GetValueOrDefault(m.ReportId, string.Empty), m.Mention))).ToList();
        Statements = [.. views.Where(v => !Names.IsResponse(v.Mention.Stance))];
        Responses = [.. views.Where(v => Names.IsResponse(v.Mention.Stance))];
        Evidence = [.. all.SelectMany(m => m.Mention.Evidence.Select(e => (e, reports[m.ReportId])))];
        Places = [.. all.SelectMany(m => m.Mention.Places).DistinctBy(p => (p.Name, p.Within))];
        Graph = ProvenanceGraphBuilder.Build(claim, provenance);
        Timeline = ClaimTimeline.Build(claim, provenance);
        Media = (await media.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).Of(claim);
        return true;
    }

    /// <summary>The cue of one of the claim's mentions ("told reporters"), which the core's response leaves to the mention.</summary>
    public string? CueOf(string mentionId)
    {
        _cues ??= Claim.Mentions.Select(m => m.Mention).DistinctBy(m => m.Id).ToDictionary(m => m.Id, m => m.Cue, StringComparer.Ordinal);
        return _cues.GetValueOrDefault(mentionId);
    }

    // The first `limit` statements and the first `limit` responses, in the claim's order.
    private static IEnumerable<LedgerMention> FirstOfEachKind(IReadOnlyList<LedgerMention> mentions, int limit)
    {
        var (statements, responses) = (0, 0);
        foreach (var mention in mentions)
        {
            if (Names.IsResponse(mention.Mention.Stance) ? responses++ < limit : statements++ < limit)
            {
                yield return mention;
            }
        }
    }

    public static string SourceLink(string name, SourceKind kind) =>
        "/sources/" + Names.Code(kind) + "/" + Uri.EscapeDataString(SourceKey.For(name));
}

/// <summary>The review form's fields.</summary>
public sealed class ReviewForm
{
    public string? Status { get; set; }

    public string? Rationale { get; set; }

    /// <summary>Evidence links, one per line.</summary>
    public string? Evidence { get; set; }

    public long Version { get; set; }
}

/// <summary>A mention as the claim page shows it: the mention, its report, and its sentence cut into highlighted runs.</summary>
public sealed record MentionView(Mention Mention, ReportSummary Report, IReadOnlyList<TextRun> Runs);
