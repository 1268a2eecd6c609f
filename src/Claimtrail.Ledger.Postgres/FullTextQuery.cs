using System.Text;

namespace Claimtrail.Ledger.Postgres;

/// <summary>Turns search words into a <c>to_tsquery</c> expression with the meaning the SQLite engine gives them.</summary>
internal static class FullTextQuery
{
    /// <summary>
    /// Each word becomes a phrase of its runs of letters and digits, each run quoted (so "Pantsir-S1", a stray
    /// quote or "OR" are text, never syntax); all words are required; a trailing <c>*</c> makes the last run a
    /// prefix. Null when no word has a letter or digit to search for.
    /// </summary>
    public static string? For(IReadOnlyList<string> terms)
    {
        var words = new List<string>();
        foreach (var term in terms)
        {
            var prefix = term.Length > 1 && term[^1] == '*';
            var word = prefix ? term[..^1] : term;
            var runs = Runs(word);
            if (runs.Count == 0)
            {
                continue;
            }

            var phrase = new StringBuilder();
            for (var i = 0; i < runs.Count; i++)
            {
                if (i > 0)
                {
                    phrase.Append(" <-> ");
                }

                phrase.Append('\'').Append(runs[i]).Append('\'');
            }

            if (prefix)
            {
                phrase.Append(":*");
            }

            words.Add(runs.Count > 1 ? "(" + phrase + ")" : phrase.ToString());
        }

        return words.Count == 0 ? null : string.Join(" & ", words);
    }

    private static List<string> Runs(string word)
    {
        var runs = new List<string>();
        var start = -1;
        for (var i = 0; i <= word.Length; i++)
        {
            var inRun = i < word.Length && (char.IsLetterOrDigit(word[i]) || IsCombiningMark(word[i]));
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                runs.Add(word[start..i]);
                start = -1;
            }
        }

        return runs;
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
