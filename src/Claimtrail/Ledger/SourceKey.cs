using System.Globalization;
using System.Text;

namespace Claimtrail.Ledger;

/// <summary>The normalised key under which a ledger files a source's name, so spellings that differ only in case, accents or spacing meet.</summary>
public static class SourceKey
{
    /// <summary>
    /// Lower case, diacritics removed, runs of white space and punctuation folded to one space:
    /// "Moscow  Calling", "«Moscow calling»" and "moscow calling" share one key.
    /// </summary>
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
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
                key.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
