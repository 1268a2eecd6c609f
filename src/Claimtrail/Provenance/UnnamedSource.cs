namespace Claimtrail.Provenance;

/// <summary>
/// Recognises speakers the text does not identify ("a source", "sources familiar with the matter", "an official
/// who asked not to be named"). Two such speakers in different reports cannot be shown to be one, so each counts
/// as its own origin; a named one is the same origin wherever it is cited.
/// </summary>
public static class UnnamedSource
{
    private static readonly string[] Openings = ["a ", "an ", "one ", "some ", "several ", "sources", "unnamed ", "anonymous ", "unidentified ", "people "];

    private static readonly string[] Phrases = ["unnamed", "anonymous", "anonymity", "not to be named", "unidentified", "familiar with"];

    /// <summary>True when <paramref name="name"/> describes a source without naming it.</summary>
    public static bool Is(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.Trim().ToLowerInvariant();
        return lower.Length > 0
            && (Openings.Any(o => lower.StartsWith(o, StringComparison.Ordinal) || string.Equals(lower, o.TrimEnd(), StringComparison.Ordinal))
                || Phrases.Any(p => lower.Contains(p, StringComparison.Ordinal)));
    }
}
