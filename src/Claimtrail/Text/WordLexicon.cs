namespace Claimtrail.Text;

/// <summary>An English word list (to be filled from the shipped resource).</summary>
public sealed class WordLexicon
{
    private readonly HashSet<string> _words;

    /// <summary>Creates a lexicon from <paramref name="words"/>.</summary>
    public WordLexicon(IEnumerable<string> words) => _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>The lexicon shipped with the program.</summary>
    public static WordLexicon Shared { get; } = new([]);

    /// <summary>True when <paramref name="word"/> is a common English word (placeholder: same as Contains).</summary>
    public bool IsCommon(ReadOnlySpan<char> word) => Contains(word);

    /// <summary>True when <paramref name="word"/> is a known English word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
