using System.Net;

namespace Claimtrail.Web.Tests.Support;

/// <summary>Reports whose text is full of cross-site scripting payloads, in places the analysis shows on pages.</summary>
public static class Hostile
{
    public static readonly string[] Payloads =
    [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=2\">",
        "<a href=\"javascript:window.__xss=3\">proof</a>",
        "<svg onload=\"window.__xss=4\"><circle r=\"9\"/></svg>",
        "&lt;script&gt;window.__xss=5&lt;/script&gt;",
        "<iframe srcdoc=\"<script>window.__xss=6</script>\"></iframe>",
        "\"><body onload=window.__xss=7>",
    ];

    /// <summary>
    /// An HTML article whose text holds every payload as written (encoded once in the markup, so reading the
    /// HTML yields the payload itself as text, the way a scraped page quoting an attack would).
    /// </summary>
    public static string Report() =>
        "<!DOCTYPE html><html><head><title>Hostile " + WebUtility.HtmlEncode(Payloads[0]) + "</title></head><body><article>" +
        string.Concat(Payloads.Select((payload, i) =>
        {
            var p = WebUtility.HtmlEncode(payload);
            return $"<p>The channel Evil{i} {p} claimed that the bridge {p} was destroyed {i} times. " +
                   $"According to the site Relay{i}, {p} the dam is also gone.</p>";
        })) +
        "</article></body></html>";
}
