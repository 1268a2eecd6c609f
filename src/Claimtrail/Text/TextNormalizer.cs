namespace Claimtrail.Text;

/// <summary>Normalises prose (to be completed: whitespace, controls, glued words).</summary>
public sealed class TextNormalizer(WordLexicon lexicon) : ITextNormalizer
{
    private readonly WordLexicon _lexicon = lexicon;

    /// <inheritdoc />
    public string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        _ = _lexicon;
        return raw.Normalize(System.Text.NormalizationForm.FormC).Trim();
    }
}
