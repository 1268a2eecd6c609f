using System.Globalization;
using System.Text.Json;
using Claimtrail.Tests.Support;
using Claimtrail.Web.Services;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimtrail.Web.Tests.Browser;

/// <summary>The desk in a real headless Chromium: the journalist's path, and hostile reports that must stay inert.</summary>
public sealed class DeskBrowserTests
{
    private const string Seed = "seed/moscow-air-defence-report.txt";

    [BrowserFact(Seed)]
    public async Task Sign_in_ingest_the_seed_report_review_a_claim_and_export_its_claimreview()
    {
        await using var server = await DeskServer.StartAsync();
        var (page, incidents) = await server.SignedInPageAsync();

        await page.ClickAsync("nav a[href='/ingest']");
        await DeskServer.ScreenshotAsync(page, "1-ingest");
        await page.SetInputFilesAsync("#upload", SharedData.Require(Seed));
        await page.ClickAsync("form.ingest-form button[type=submit]");
        await page.WaitForSelectorAsync(".alert.ok");
        Assert.Contains("Stored.", await page.InnerTextAsync(".alert.ok"), StringComparison.Ordinal);
        await DeskServer.ScreenshotAsync(page, "2-ingested");

        await page.ClickAsync(".ingest-claims a:has-text('Pantsir-S1')");
        await page.WaitForSelectorAsync("h1.claim-text");
        Assert.Contains("Pantsir-S1", await page.InnerTextAsync("h1.claim-text"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".mention .hl-speaker").CountAsync() > 0);

        // The graph and the map are drawn by script from the same data the page lists as tables.
        var graph = page.Locator("[data-graph][data-ready=true]");
        await graph.WaitForAsync();
        Assert.True(await graph.Locator("canvas").CountAsync() > 0);
        var edgeRows = await page.Locator(".graph-table tbody tr").CountAsync();
        Assert.Equal(edgeRows.ToString(CultureInfo.InvariantCulture), await graph.GetAttributeAsync("data-edges"));
        // The seed report cites Agentstvo, which notes what Russian Telegram channels published: three nodes, one origin.
        Assert.Equal("3", await graph.GetAttributeAsync("data-nodes"));
        Assert.Contains("Agentstvo", await page.InnerTextAsync(".graph-table"), StringComparison.Ordinal);
        Assert.Contains("1 independent origin: Russian Telegram channels", await page.InnerTextAsync(".origins-line"), StringComparison.Ordinal);
        await page.Locator(".map[data-basemap-ready=true]").WaitForAsync();
        await DeskServer.ScreenshotAsync(page, "3-claim");
        var basemap = await page.Locator(".map path.basemap").CountAsync();
        Assert.True(basemap > 100, "basemap paths: " + basemap + " " + await page.Locator(".map").EvaluateAsync<string>("m => m.outerHTML.slice(0, 3000)"));
        Assert.True(await page.Locator(".map path.pending-marker, .map path.place-marker").CountAsync() > 0);
        Assert.Contains("Frunzenskaya", await page.InnerTextAsync(".pending-places"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".timeline li.tl-appearance").CountAsync() > 0);
        await DeskServer.ScreenshotAsync(page, "3-claim");

        await page.SelectOptionAsync("#review-status", "false");
        await page.FillAsync("#review-rationale", "Geolocated: the object on the roof is a radar mast.");
        await page.FillAsync("#review-evidence", "https://example.org/geolocation");
        await page.ClickAsync(".review-form button[type=submit]");
        await page.WaitForSelectorAsync(".reviews .review");
        Assert.Contains("Review saved", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("FALSE", (await page.InnerTextAsync(".claim-head .badge")).Trim().ToUpperInvariant());
        await DeskServer.ScreenshotAsync(page, "4-reviewed");

        var claimUrl = page.Url;
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("a[data-export=claimreview]"), r => r.Url.EndsWith("/claimreview", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal("ClaimReview", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("False", json.RootElement.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.True(incidents.Count == 0, string.Join("\n", incidents));

        await page.GotoAsync(server.Url + "/?sort=reports");
        await DeskServer.ScreenshotAsync(page, "5-list");

        // The filter form submits on a change of language and keeps every value in the URL. The wait for that
        // navigation is armed before the change, so a submission that completes quickly cannot be missed.
        await page.FillAsync("#place", "Moscow");
        var filtered = page.WaitForURLAsync(url => url.Contains("lang=en", StringComparison.Ordinal));
        await page.SelectOptionAsync("#lang", "en");
        await filtered;
        Assert.Contains("place=Moscow", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("source=", page.Url, StringComparison.Ordinal);
        Assert.Equal("Moscow", await page.InputValueAsync("#place"));
        Assert.True(await page.Locator(".claim-row").CountAsync() > 0);
        await DeskServer.ScreenshotAsync(page, "5-filtered");
        await page.GotoAsync(claimUrl);
        await page.ClickAsync(".mention a[href^='/sources/']");
        await page.WaitForSelectorAsync(".activity, .page-head h1");
        await DeskServer.ScreenshotAsync(page, "6-source");
        await page.GotoAsync(server.Url + "/claims/nothing-here");
        await DeskServer.ScreenshotAsync(page, "7-not-found");
    }

    [BrowserFact]
    public async Task Nothing_in_a_hostile_report_executes_on_any_page()
    {
        await using var server = await DeskServer.StartAsync();
        var result = await server.Services.GetRequiredService<IngestService>().IngestAsync("hostile.html", Hostile.Report(), CancellationToken.None);
        var (page, incidents) = await server.SignedInPageAsync();
        var urls = new List<string> { "/", "/?q=bridge", "/?sort=reports" };
        urls.AddRange(result.Claims.Select(c => "/claims/" + c.Id));
        var hrefs = new List<string>();

        foreach (var url in urls)
        {
            await page.GotoAsync(server.Url + url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForTimeoutAsync(100);
            if (url == urls[3])
            {
                await DeskServer.ScreenshotAsync(page, "8-hostile-claim");
            }

            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
            // The map draws its own SVG (Leaflet's vector layer); nothing else in the page may be an image or frame.
            Assert.Equal(0, await page.Locator("main script, main img, main svg:not(.leaflet-container svg), main iframe").CountAsync());
            hrefs.AddRange(await page.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') || '')"));
        }

        Assert.DoesNotContain(hrefs, href => href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.True(result.Claims.Count > 3);
        Assert.True(incidents.Count == 0, string.Join("\n", incidents));
    }
}
