using Claimtrail.Model;

namespace Claimtrail.Extraction.Rules;

/// <summary>Claims (being written).</summary>
public sealed class ExactClaimClusterer : IClaimClusterer
{
    /// <inheritdoc />
    public IReadOnlyList<Claim> Cluster(IReadOnlyList<Report> reports) => [];
}
