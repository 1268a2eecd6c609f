using Claimtrail.Model;

namespace Claimtrail.Evaluation;

/// <summary>
/// Picks the mention a gold case is about: the one whose content fragments share the most characters with
/// the case's content string (its first occurrence in the text), the earliest on a tie; none when no mention
/// overlaps it. Without a content string, the first mention.
/// </summary>
public static class MentionPicker
{
    /// <summary>The mention of <paramref name="report"/> that <paramref name="content"/> points at, or null.</summary>
    public static Mention? Pick(Report report, string? content)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (content is null)
        {
            return report.Mentions.Count > 0 ? report.Mentions[0] : null;
        }

        var start = report.Text.IndexOf(content, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = start + content.Length;
        Mention? best = null;
        var bestOverlap = 0;
        foreach (var mention in report.Mentions)
        {
            var overlap = mention.Fragments.Sum(f => Math.Max(0, Math.Min(end, f.End) - Math.Max(start, f.Start)));
            if (overlap > bestOverlap)
            {
                best = mention;
                bestOverlap = overlap;
            }
        }

        return best;
    }
}
