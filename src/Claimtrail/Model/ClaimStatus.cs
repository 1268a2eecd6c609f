namespace Claimtrail.Model;

/// <summary>The desk's verdict on a claim.</summary>
public enum ClaimStatus
{
    /// <summary>Nobody has checked it yet.</summary>
    Unverified,

    /// <summary>A reviewer is working on it.</summary>
    InReview,

    /// <summary>Independent origins support it, short of confirmation.</summary>
    Corroborated,

    /// <summary>Verified as true.</summary>
    Confirmed,

    /// <summary>True in part, or true but presented so as to mislead.</summary>
    Misleading,

    /// <summary>Verified as false.</summary>
    False,

    /// <summary>Cannot be proved either way with what is available.</summary>
    Unprovable,
}
