using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Claimtrail.Input;

/// <summary>
/// The readable text of an HTML tree: text nodes only, so attributes (event handlers, <c>javascript:</c>
/// URLs) never reach it; scripts, styles and other non-prose elements dropped whole; block elements
/// become paragraph breaks. Scripts are never run: the parser has no scripting engine.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "applet", "audio", "button", "canvas", "embed", "head", "iframe", "link", "map", "math", "meta", "noembed",
        "noframes", "noscript", "object", "option", "script", "select", "style", "svg", "template", "textarea", "title", "video",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    /// <summary>Parses <paramref name="html"/> (a document or a fragment).</summary>
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The text of <paramref name="document"/>'s body.</summary>
    public static string Of(IDocument document)
    {
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(root, builder, preformatted: false);
        return builder.ToString();
    }

    /// <summary>The text of an HTML fragment.</summary>
    public static string OfFragment(string html) => Of(Parse(html));

    private static void Append(INode node, StringBuilder builder, bool preformatted)
    {
        switch (node)
        {
            case IText text:
                AppendText(text.Data, builder, preformatted);
                return;
            case IElement element:
                var name = element.LocalName;
                if (Dropped.Contains(name))
                {
                    return;
                }

                if (string.Equals(name, "br", StringComparison.OrdinalIgnoreCase))
                {
                    builder.Append('\n');
                    return;
                }

                var block = Blocks.Contains(name);
                if (block)
                {
                    builder.Append("\n\n");
                }
                else if (name is "td" or "th")
                {
                    builder.Append(' ');
                }

                var pre = preformatted || string.Equals(name, "pre", StringComparison.OrdinalIgnoreCase);
                foreach (var child in element.ChildNodes)
                {
                    Append(child, builder, pre);
                }

                if (block)
                {
                    builder.Append("\n\n");
                }

                return;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Append(child, builder, preformatted);
                }

                return;
        }
    }

    // Outside <pre>, HTML collapses any run of white space to one space.
    private static void AppendText(string data, StringBuilder builder, bool preformatted)
    {
        if (preformatted)
        {
            builder.Append(data);
            return;
        }

        var space = false;
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }
    }
}
