using System.Text;

namespace Claimtrail.Ledger;

/// <summary>The normalised key under which a ledger files a source's name, so spellings that differ only in case, accents or spacing meet.</summary>
public static class SourceKey
{
    // Latin letters with diacritics and the base letter each folds to. The program runs with invariant
    // globalization, where string.Normalize does not decompose, so the folding is spelt out here (the same
    // letters SQLite's unicode61 tokenizer folds with remove_diacritics).
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳĐđŁłØøĦħŦŧıƗƚƵƶ";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyDdLlOoHhTtiIlZz";

    private static readonly Dictionary<char, char> Folds = Accented.Zip(Plain).ToDictionary(p => p.First, p => p.Second);

    /// <summary>
    /// Lower case, Latin diacritics removed, runs of white space and punctuation folded to one space:
    /// "Moscow  Calling", "«Moscow calling»" and "moscow calling" share one key.
    /// </summary>
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            // Combining marks (U+0300 to U+036F) arrive when the text was decomposed at its source.
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                pendingSpace = false;
                key.Append(char.ToLowerInvariant(Folds.GetValueOrDefault(c, c)));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString();
    }
}
