namespace Claimtrail.Text;

/// <summary>The coarse class of a token.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens or dots ("Pantsir-S1", "U.S.", "don't").</summary>
    Word,

    /// <summary>Digits with inner separators ("1,750", "3.5").</summary>
    Number,

    /// <summary>One punctuation character, quotes and dashes included.</summary>
    Punctuation,

    /// <summary>Any other single character (symbols, emoji).</summary>
    Symbol,
}
