using Claimtrail.Model;

namespace Claimtrail.Ledger;

/// <summary>One report with the claims clustered from its mentions, as a batch store takes it.</summary>
/// <param name="Report">The analysed (or only described) report; its id is its content hash.</param>
/// <param name="Claims">Claims clustered from this report's mentions; every mention id they list must be one of the report's.</param>
public sealed record ReportToStore(Report Report, IReadOnlyList<Claim> Claims)
{
    /// <summary>
    /// Checks what every engine requires before writing: mention ids unique within the report, and every claim
    /// listing only the report's own mentions.
    /// </summary>
    /// <exception cref="LedgerException">The report breaks one of those rules; the message names the report and the id.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Report);
        ArgumentNullException.ThrowIfNull(Claims);
        ClaimEmbedding.ValidateCarried(Claims);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in Report.Mentions)
        {
            if (!ids.Add(mention.Id))
            {
                throw new LedgerException($"report {Report.Id} ({Report.Source}) has two mentions with id {mention.Id}");
            }
        }

        foreach (var claim in Claims)
        {
            foreach (var mention in claim.Mentions)
            {
                if (!ids.Contains(mention))
                {
                    throw new LedgerException($"claim {claim.Id} lists mention {mention}, which is not in report {Report.Id} ({Report.Source})");
                }
            }
        }
    }
}
