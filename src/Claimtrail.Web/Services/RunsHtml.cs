using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Claimtrail.Web.Services;

/// <summary>Writes highlighted runs as spans with no white space between them; every text is HTML-encoded.</summary>
public static class RunsHtml
{
    public static IHtmlContent Render(IReadOnlyList<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var html = new HtmlContentBuilder(runs.Count * 3);
        foreach (var run in runs)
        {
            if (run.Class is null)
            {
                html.Append(run.Text);
                continue;
            }

            // Class names come from Highlighter's fixed list; encoded all the same.
            html.AppendHtml("<span class=\"").AppendHtml(HtmlEncoder.Default.Encode(run.Class)).AppendHtml("\">");
            html.Append(run.Text);
            html.AppendHtml("</span>");
        }

        return html;
    }
}
