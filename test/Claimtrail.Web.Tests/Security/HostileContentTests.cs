using Claimtrail.Ledger;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Security;

/// <summary>Report text is untrusted: every payload in it reaches pages as text, never as markup.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Payloads_reach_the_ledger_as_written()
    {
        var result = await _desk.IngestAsync("hostile.txt", Hostile.Report());
        var stored = await _desk.Services.GetRequiredService<ILedger>().GetReportAsync(result.ReportId);

        Assert.NotNull(stored);
        Assert.All(Hostile.Payloads, payload => Assert.Contains(payload, stored.Text, StringComparison.Ordinal));
        Assert.NotEmpty(result.Claims);
    }

    [Fact]
    public async Task No_page_contains_a_payload_as_markup()
    {
        var result = await _desk.IngestAsync("hostile.txt", Hostile.Report());
        var client = _desk.Client();
        var pages = new List<string> { await client.GetPageAsync("/"), await client.GetPageAsync("/?q=bridge") };
        foreach (var claim in result.Claims)
        {
            pages.Add(await client.GetPageAsync("/claims/" + claim.Id));
        }

        foreach (var html in pages)
        {
            foreach (var payload in Hostile.Payloads)
            {
                Assert.DoesNotContain(payload, html, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(pages, html => html.Contains("&lt;script&gt;window.__xss=1&lt;/script&gt;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_escapes_markup_in_json()
    {
        var result = await _desk.IngestAsync("hostile.txt", Hostile.Report());

        var json = await _desk.Client().GetStringAsync("/api/claims/" + result.Claims[0].Id);

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", json, StringComparison.Ordinal);
    }
}
