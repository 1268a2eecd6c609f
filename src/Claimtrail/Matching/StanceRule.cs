using Claimtrail.Model;

namespace Claimtrail.Matching;

/// <summary>The rule that keeps a claim and its denial apart.</summary>
public static class StanceRule
{
    /// <summary>
    /// True when both stances are known and one denies what the other puts forward (asserts, confirms or
    /// states under a condition). Two denials of one proposition agree; an unknown stance opposes nothing.
    /// </summary>
    public static bool Opposes(Stance? a, Stance? b) =>
        a is { } x && b is { } y && ((x == Stance.Denies && PutsForward(y)) || (y == Stance.Denies && PutsForward(x)));

    private static bool PutsForward(Stance stance) => stance is Stance.Asserts or Stance.Confirms or Stance.Conditional;
}
