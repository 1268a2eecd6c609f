using System.Net;
using Claimtrail.Ledger;
using Claimtrail.Web.Services;
using Claimtrail.Tests.Support;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

public sealed class ClaimPageTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Shows_each_mention_highlighted_in_its_sentence_with_speaker_and_cue()
    {
        var result = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var claim = result.Claims.Single(c => c.Text.Contains("close for repairs", StringComparison.Ordinal));

        var html = await _desk.Client().GetPageAsync("/claims/" + claim.Id);

        // The mention's content keeps the reported-speech "that"; the claim's text drops it.
        Assert.Contains("<span class=\"hl-content\">that the northern harbour will close for repairs</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"hl-speaker\">The port authority</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"hl-cue\">said</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sources/institution/port%20authority\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_claim_is_not_found()
    {
        using var response = await _desk.Client().GetAsync("/claims/c-0000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_page_lists_what_the_source_stated()
    {
        await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        await _desk.IngestAsync("ferry.txt", Reports.Ferry);
        var ledger = _desk.Services.GetRequiredService<ILedger>();
        var page = await ledger.ListClaimsAsync(new ClaimQuery { Text = "repairs" });
        var detail = await ledger.GetClaimAsync(page.Claims[0].Id);
        var speaker = detail!.Mentions[0].Mention.Speaker;

        var html = await _desk.Client().GetPageAsync(Web.Pages.Claims.DetailModel.SourceLink(speaker.Name, speaker.Kind));

        Assert.Contains("<h1>" + speaker.Name + "</h1>", html, StringComparison.Ordinal);
        Assert.Contains("the northern harbour will close for repairs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_source_is_not_found()
    {
        using var response = await _desk.Client().GetAsync("/sources/outlet/nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SharedDataFact("seed/moscow-air-defence-report.txt")]
    public async Task Without_script_the_claim_page_lists_its_provenance_places_and_timeline_as_tables()
    {
        var result = await _desk.IngestAsync("moscow.txt", await File.ReadAllTextAsync(SharedData.Require("seed/moscow-air-defence-report.txt")));
        var claim = result.Claims.Single(c => c.Text.Contains("Losiny Ostrov", StringComparison.Ordinal) && c.Text.Contains("S-400", StringComparison.Ordinal));

        var html = await _desk.Client().GetPageAsync("/claims/" + claim.Id);

        Assert.Contains("1 independent origin</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"origin-name\">Russian Telegram channels</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-graph=\"/api/claims/" + claim.Id + "/graph\"", html, StringComparison.Ordinal);

        // Moscow has coordinates of its own; the park and the academy are only known to lie in Moscow.
        Assert.Matches("<tr data-place data-name=\"Moscow\" data-lat=\"55\\.[0-9]+\" data-lon=\"37\\.[0-9]+\" data-precision=\"city\">", html);
        Assert.Contains("data-pending=\"true\" data-name=\"Losiny Ostrov National Park\" data-within=\"Moscow\"", html, StringComparison.Ordinal);
        Assert.Contains("Awaiting geolocation", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"tl-appearance\">", html, StringComparison.Ordinal);
        Assert.Contains("moscow.txt</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_in_many_reports_shows_its_first_mentions_and_every_one_on_request()
    {
        IngestResult? last = null;
        for (var i = 0; i < 52; i++)
        {
            last = await _desk.IngestAsync($"harbour-{i}.txt", $"Bulletin {i}. The port authority said that the northern harbour will close for repairs.");
        }

        var claim = last!.Claims.Single();
        var client = _desk.Client();
        var first = await client.GetPageAsync("/claims/" + claim.Id);
        var every = await client.GetPageAsync("/claims/" + claim.Id + "?mentions=all");

        Assert.Contains("52 mentions", first, StringComparison.Ordinal);
        Assert.Contains("The first 50 of 52 mentions", first, StringComparison.Ordinal);
        Assert.Equal(50, CountOf(first, "<div class=\"mention stance-"));
        Assert.Equal(52, CountOf(every, "<div class=\"mention stance-"));
        Assert.DoesNotContain("Show every mention", every, StringComparison.Ordinal);
    }

    private static int CountOf(string html, string part) =>
        (html.Length - html.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
