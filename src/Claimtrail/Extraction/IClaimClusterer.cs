using Claimtrail.Model;

namespace Claimtrail.Extraction;

/// <summary>Groups mentions that state the same proposition into claims.</summary>
public interface IClaimClusterer
{
    /// <summary>The claims stated by the mentions of <paramref name="reports"/>.</summary>
    IReadOnlyList<Claim> Cluster(IReadOnlyList<Report> reports);
}
