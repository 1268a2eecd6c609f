namespace Claimtrail.Text;

/// <summary>Turns extracted prose into the normalised text that spans point into.</summary>
public interface ITextNormalizer
{
    /// <summary>The normalised form of <paramref name="raw"/>.</summary>
    string Normalize(string raw);
}
