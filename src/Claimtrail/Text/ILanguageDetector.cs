namespace Claimtrail.Text;

/// <summary>Tells which language a text is written in.</summary>
public interface ILanguageDetector
{
    /// <summary>An ISO 639-1 code, or "und" when undetermined.</summary>
    string Detect(string text);
}
