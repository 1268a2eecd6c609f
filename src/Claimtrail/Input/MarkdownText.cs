using Markdig;

namespace Claimtrail.Input;

/// <summary>
/// The prose of a Markdown document, from Markdig's syntax tree: markup removed, paragraphs, headings,
/// list items and table rows on lines of their own with blank lines between blocks; link text kept,
/// link targets and images dropped; raw HTML reduced to its text with scripts removed.
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    /// <summary>The prose of <paramref name="markdown"/>, and the text of its first top-level heading as title.</summary>
    public static (string Text, string? Title) Of(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var walker = new MarkdownWalker();
        walker.Block(document);
        return (walker.Text.ToString(), walker.Title);
    }
}
