namespace Claimtrail.Input;

/// <summary>The formats an article can be read from.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text.</summary>
    PlainText,

    /// <summary>Markdown: markup is removed, the prose kept.</summary>
    Markdown,

    /// <summary>HTML: the main article text is extracted; scripts, styles and navigation dropped.</summary>
    Html,
}
