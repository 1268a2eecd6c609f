namespace Claimtrail.Text;

/// <summary>Placeholder English-only detector, replaced in the language issue.</summary>
public sealed class StopwordLanguageDetector : ILanguageDetector
{
    /// <inheritdoc />
    public string Detect(string text) => "en";
}
