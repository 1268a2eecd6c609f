namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// The kind of text a sentence comes from. The tagger keeps, beside every feature, a copy specific to the domain,
/// so news and social media share what they have in common and differ where their writing differs (capitals, handles).
/// </summary>
public enum NerDomain
{
    /// <summary>Edited articles: newswire, web pages, feeds.</summary>
    News,

    /// <summary>Posts: tweets, Telegram, forum and video comments.</summary>
    Social,
}
