using System.Text;

namespace Claimtrail.Evaluation;

/// <summary>
/// Whether a predicted source name stands for a gold one. Names are compared as sets of lower-cased words
/// without articles and punctuation: the prediction must hold every gold word, and may add up to
/// <see cref="ExtraWords"/> words of description ("the online publication Agentstvo" for "Agentstvo"),
/// but no more, so that a span running over half the sentence does not count.
/// </summary>
public static class SourceNameMatch
{
    /// <summary>How many words a prediction may add to the gold name.</summary>
    public const int ExtraWords = 4;

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an" };

    /// <summary>True when <paramref name="predicted"/> names the source <paramref name="gold"/> names.</summary>
    public static bool Matches(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var want = Words(gold);
        var got = Words(predicted);
        return want.Count > 0 && want.IsSubsetOf(got) && got.Count <= want.Count + ExtraWords;
    }

    /// <summary>True when two cues are the same words (case and spacing aside).</summary>
    public static bool SameCue(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return string.Equals(string.Join(' ', Tokens(gold)), string.Join(' ', Tokens(predicted)), StringComparison.Ordinal);
    }

    private static HashSet<string> Words(string name) => [.. Tokens(name).Where(t => !Articles.Contains(t))];

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            // '@' and '_' belong to handles; an apostrophe to possessives ("mayor's").
            if (char.IsLetterOrDigit(c) || c is '@' or '_' or '\'' or '’')
            {
                current.Append(char.ToLowerInvariant(c == '’' ? '\'' : c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
