namespace Claimtrail.Input;

/// <summary>
/// Tells the format of a document from its content, with the file extension as a hint: a doctype, an
/// <c>&lt;html&gt;</c>, <c>&lt;head&gt;</c> or <c>&lt;body&gt;</c> tag, or many tags make HTML whatever the
/// extension; a Markdown extension or Markdown structure makes Markdown; the rest is plain text.
/// </summary>
internal static class FormatDetector
{
    private const int SniffChars = 4096;

    // Tags in the first 4 KB beyond which a document is taken for HTML even without html or body tags.
    private const int ManyTags = 12;

    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml", ".shtml" };
    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".mdown", ".mkd", ".mkdn" };
    private static readonly HashSet<string> PlainExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };

    public static DocumentFormat Detect(string text, string? extension)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, SniffChars)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Html;
        }

        var tags = CountTags(head);
        var isMarkdownFile = extension is not null && MarkdownExtensions.Contains(extension);
        if ((extension is not null && HtmlExtensions.Contains(extension) && tags > 0) || (tags >= ManyTags && !isMarkdownFile))
        {
            return DocumentFormat.Html;
        }

        if (isMarkdownFile)
        {
            return DocumentFormat.Markdown;
        }

        if (extension is not null && PlainExtensions.Contains(extension))
        {
            return DocumentFormat.PlainText;
        }

        return LooksLikeMarkdown(head) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
    }

    private static int CountTags(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] != '<')
            {
                continue;
            }

            var next = text[i + 1];
            if (char.IsAsciiLetter(next) || (next == '/' && i + 2 < text.Length && char.IsAsciiLetter(text[i + 2])))
            {
                count++;
            }
        }

        return count;
    }

    // Two or more of: ATX headings, fenced code, [links](…), list items with emphasis, block quotes.
    private static bool LooksLikeMarkdown(ReadOnlySpan<char> text)
    {
        var signals = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal)
                || line.StartsWith("### ", StringComparison.Ordinal) || line.StartsWith("```", StringComparison.Ordinal)
                || line.StartsWith("> ", StringComparison.Ordinal))
            {
                signals++;
            }

            if (line.Contains("](", StringComparison.Ordinal) && line.Contains('['))
            {
                signals++;
            }

            if (line.Contains("**", StringComparison.Ordinal))
            {
                signals++;
            }

            if (signals >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
