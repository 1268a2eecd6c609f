namespace Claimtrail.Model;

/// <summary>How a speaker stands towards the content of a mention.</summary>
public enum Stance
{
    /// <summary>States the content as so.</summary>
    Asserts,

    /// <summary>Says the content is not so.</summary>
    Denies,

    /// <summary>Confirms content that others stated.</summary>
    Confirms,

    /// <summary>Declines to comment, or has not commented.</summary>
    NoComment,

    /// <summary>Refers the question elsewhere ("ask the Defence Ministry").</summary>
    Deflects,

    /// <summary>Asks or casts doubt.</summary>
    Questions,

    /// <summary>States the content only under a condition ("if … is confirmed").</summary>
    Conditional,
}
