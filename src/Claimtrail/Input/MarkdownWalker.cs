using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Claimtrail.Input;

/// <summary>Collects the prose of a Markdig syntax tree; one instance a document.</summary>
internal sealed class MarkdownWalker
{
    // Inline HTML splits a <script> element into an opening and a closing tag with literal text between.
    private string? _skippingUntil;

    public StringBuilder Text { get; } = new();

    public string? Title { get; private set; }

    public void Block(Block block)
    {
        switch (block)
        {
            case YamlFrontMatterBlock:
                return;
            case HtmlBlock html:
                Paragraph(() => Text.Append(HtmlText.OfFragment(html.Lines.ToString())));
                return;
            case HeadingBlock heading:
                var start = Text.Length;
                Paragraph(() => Inlines(heading.Inline));
                if (Title is null && heading.Level == 1)
                {
                    Title = Text.ToString(start, Text.Length - start).Trim();
                }

                return;
            case CodeBlock code:
                Paragraph(() => Text.Append(code.Lines.ToString()));
                return;
            case TableRow row:
                Paragraph(() =>
                {
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        foreach (var child in cell)
                        {
                            if (child is LeafBlock leaf)
                            {
                                Inlines(leaf.Inline);
                            }
                        }

                        Text.Append(' ');
                    }
                });
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child);
                }

                return;
            case LeafBlock leaf:
                Paragraph(() => Inlines(leaf.Inline));
                return;
            default:
                return;
        }
    }

    private void Paragraph(Action write)
    {
        write();
        Text.Append("\n\n");
    }

    private void Inlines(ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            Inline(inline);
        }
    }

    private void Inline(Inline inline)
    {
        if (inline is HtmlInline html)
        {
            TrackScript(html.Tag);
            return;
        }

        if (_skippingUntil is not null)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                Text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                Text.Append(code.Content);
                break;
            case LineBreakInline lineBreak:
                // A soft break is only the source's line wrapping; the paragraph goes on.
                Text.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                Text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                if (!IsScriptUrl(autolink.Url))
                {
                    Text.Append(autolink.Url);
                }

                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                Inlines(container);
                break;
            default:
                break;
        }
    }

    private void TrackScript(string tag)
    {
        var trimmed = tag.AsSpan().TrimStart('<');
        if (_skippingUntil is not null)
        {
            if (trimmed.StartsWith("/" + _skippingUntil, StringComparison.OrdinalIgnoreCase))
            {
                _skippingUntil = null;
            }

            return;
        }

        foreach (var element in (ReadOnlySpan<string>)["script", "style", "noscript", "template", "iframe", "svg", "textarea"])
        {
            if (trimmed.StartsWith(element, StringComparison.OrdinalIgnoreCase) && !tag.EndsWith("/>", StringComparison.Ordinal))
            {
                _skippingUntil = element;
                return;
            }
        }
    }

    private static bool IsScriptUrl(string url) =>
        url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
}
