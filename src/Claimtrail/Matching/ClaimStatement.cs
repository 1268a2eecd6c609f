using Claimtrail.Model;

namespace Claimtrail.Matching;

/// <summary>One side of a match: what is claimed and, when known, how its speaker stands towards it.</summary>
/// <param name="Text">The claim's content as written.</param>
/// <param name="Stance">The speaker's stance; null when the text stands alone (a fact-check title, a bare sentence).</param>
public sealed record ClaimStatement(string Text, Stance? Stance = null)
{
    /// <summary>The content and stance of <paramref name="mention"/>.</summary>
    public static ClaimStatement From(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new ClaimStatement(mention.Content, mention.Stance);
    }
}
