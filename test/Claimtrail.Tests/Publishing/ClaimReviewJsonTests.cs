using Claimtrail.Ledger;
using Claimtrail.Model;
using Claimtrail.Publishing;
using Claimtrail.Reviews;

namespace Claimtrail.Tests.Publishing;

public sealed class ClaimReviewJsonTests
{
    private static readonly PublishSettings Settings = new("https://desk.example", "Example Desk");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static ClaimDetail Claim(ClaimStatus status, string text = "a Pantsir-S1 air defence system is on the Ministry of Defence building") =>
        new("c-1", text, status, At.AddDays(-1), [], [
            new ReportSummary("sha256:1", "https://news.example/pantsir", "Air defence on Moscow roofs", "en", At.AddDays(-2), "News Example", At.AddDays(-1)),
            new ReportSummary("sha256:2", "/home/desk/inbox/copy.txt", null, "en", null, null, At),
        ])
        {
            Reviews = [new Review("c-1", status, ClaimStatus.InReview, "Geolocated; it is a radar mast.", [], "ana", At, 2, 2)],
        };

    [Theory]
    [InlineData(ClaimStatus.False, 1, "False")]
    [InlineData(ClaimStatus.Misleading, 2, "Misleading")]
    [InlineData(ClaimStatus.Unprovable, 3, "Unprovable")]
    [InlineData(ClaimStatus.Corroborated, 4, "Corroborated")]
    [InlineData(ClaimStatus.Confirmed, 5, "Confirmed")]
    public void A_final_verdict_is_rated_with_its_name(ClaimStatus status, int value, string name)
    {
        var json = ClaimReviewJson.Create(Claim(status), Settings)!;

        Assert.Equal(value, json["reviewRating"]!["ratingValue"]!.GetValue<int>());
        Assert.Equal(name, json["reviewRating"]!["alternateName"]!.GetValue<string>());
        Assert.Equal(1, json["reviewRating"]!["worstRating"]!.GetValue<int>());
        Assert.Equal(5, json["reviewRating"]!["bestRating"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(ClaimStatus.Unverified)]
    [InlineData(ClaimStatus.InReview)]
    public void A_claim_without_a_final_verdict_is_not_published(ClaimStatus status) =>
        Assert.Null(ClaimReviewJson.Create(Claim(status), Settings));

    [Fact]
    public void The_document_has_the_fields_fact_check_readers_need()
    {
        var json = ClaimReviewJson.Create(Claim(ClaimStatus.False), Settings)!;

        Assert.Equal("https://schema.org", json["@context"]!.GetValue<string>());
        Assert.Equal("ClaimReview", json["@type"]!.GetValue<string>());
        Assert.Equal("https://desk.example/claims/c-1", json["url"]!.GetValue<string>());
        Assert.Equal("2026-03-02", json["datePublished"]!.GetValue<string>());
        Assert.Equal("Example Desk", json["author"]!["name"]!.GetValue<string>());
        var item = json["itemReviewed"]!;
        Assert.Equal("Claim", item["@type"]!.GetValue<string>());
        Assert.Equal("https://news.example/pantsir", item["firstAppearance"]!["url"]!.GetValue<string>());
        Assert.Equal(2, item["appearance"]!.AsArray().Count);
        Assert.Equal("copy.txt", item["appearance"]![1]!["headline"]!.GetValue<string>());
        Assert.DoesNotContain("/home/desk", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short claim", "short claim")]
    [InlineData("S-400 systems stand in Losiny Ostrov National Park and in the fields of the Timiryazev Agricultural Academy",
        "S-400 systems stand in Losiny Ostrov National Park and in the fields of…")]
    public void ClaimReviewed_stays_under_75_characters_and_cuts_at_a_word(string text, string expected)
    {
        var shortened = ClaimReviewJson.Shorten(text);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length < ClaimReviewJson.MaxClaimReviewed);
    }
}
