namespace Claimtrail.Input;

/// <summary>The formats a document, or a file of posts, can be read from.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text.</summary>
    PlainText,

    /// <summary>Markdown: markup is removed, the prose kept.</summary>
    Markdown,

    /// <summary>HTML: the main article text is extracted; scripts, styles and navigation dropped.</summary>
    Html,

    /// <summary>A Telegram Desktop export (<c>result.json</c> of one chat or of the whole account): each message is a document.</summary>
    Telegram,

    /// <summary>JSON Lines of posts from another collector: each line is a document.</summary>
    JsonLines,

    /// <summary>An RSS, Atom or JSON Feed: each entry is a document.</summary>
    Feed,
}
