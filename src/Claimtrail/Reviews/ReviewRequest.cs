using Claimtrail.Model;

namespace Claimtrail.Reviews;

/// <summary>A reviewer's request to set a claim's status.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Status">The new status.</param>
/// <param name="Rationale">Why; required.</param>
/// <param name="Evidence">Links (absolute http or https URLs) to the material the verdict rests on.</param>
/// <param name="Reviewer">Who is reviewing.</param>
/// <param name="ExpectedVersion">The claim version the reviewer saw; the review is refused when the claim has moved on since.</param>
public sealed record ReviewRequest(string ClaimId, ClaimStatus Status, string Rationale, IReadOnlyList<string> Evidence, string Reviewer, long ExpectedVersion)
{
    /// <summary>The longest rationale accepted.</summary>
    public const int MaxRationale = 4000;

    /// <summary>The most evidence links accepted.</summary>
    public const int MaxEvidence = 20;

    /// <summary>What is wrong with the request, by field; empty when it is valid.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Rationale))
        {
            errors["rationale"] = "Say why: a review needs a rationale.";
        }
        else if (Rationale.Length > MaxRationale)
        {
            errors["rationale"] = $"The rationale is longer than {MaxRationale} characters.";
        }

        if (string.IsNullOrWhiteSpace(Reviewer))
        {
            errors["reviewer"] = "A review needs a reviewer.";
        }

        if (!Enum.IsDefined(Status))
        {
            errors["status"] = "Not a claim status.";
        }

        if (Evidence.Count > MaxEvidence)
        {
            errors["evidence"] = $"At most {MaxEvidence} evidence links.";
        }
        else if (Evidence.FirstOrDefault(e => !IsWebLink(e)) is { } bad)
        {
            errors["evidence"] = $"Not an http or https link: {bad}";
        }

        return errors;
    }

    /// <summary>True for an absolute http or https URL: the only links a review may carry.</summary>
    public static bool IsWebLink(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
