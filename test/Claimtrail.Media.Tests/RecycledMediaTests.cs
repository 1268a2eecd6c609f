using Claimtrail.Fingerprints;

namespace Claimtrail.Media.Tests;

public sealed class RecycledMediaTests
{
    private static readonly PerceptualHash Photo = new(0xF0F0F0F0F0F0F0F0, 0x0F0F0F0F0F0F0F0F, 0xFF00FF00FF00FF00, 0x00FF00FF00FF00FF);
    private static readonly DateTimeOffset Event = new(2026, 2, 27, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_post_whose_photo_looks_like_one_posted_a_year_earlier_is_flagged_with_that_appearance()
    {
        var old = Detail("old", Photo, new MediaSighting("old", "photos/photo_1.jpg", Event.AddYears(-1)) { ReportId = "r-old" });
        var repost = Detail("new", Photo with { W0 = Photo.W0 ^ 0xFFFF }, new MediaSighting("new", "photos/photo_9.jpg", Event.AddHours(2)) { ReportId = "r-new", Published = Event });

        var findings = new RecycledMedia([old, repost], new MediaSearch(), RecycledMedia.DefaultMargin).FindAll();

        var finding = Assert.Single(Assert.Single(findings, f => f.Key == "r-new").Value);
        Assert.Equal("old", finding.EarlierSha256);
        Assert.Equal("r-old", finding.Earlier.ReportId);
        Assert.Equal(16, finding.Distance);
        Assert.Equal(TimeSpan.FromDays(365), finding.Before);
        Assert.DoesNotContain("r-old", findings.Keys);
    }

    [Fact]
    public void The_same_photo_reposted_within_the_margin_or_an_unrelated_older_photo_is_not_flagged()
    {
        var fresh = Detail("a", Photo, new MediaSighting("a", "photos/a.jpg", Event) { ReportId = "r1" }, new MediaSighting("a", "photos/a.jpg", Event.AddDays(1)) { ReportId = "r2" });
        var unrelated = Detail("b", new PerceptualHash(~Photo.W0, ~Photo.W1, ~Photo.W2, ~Photo.W3), new MediaSighting("b", "photos/b.jpg", Event.AddYears(-3)) { ReportId = "r0" });

        Assert.Empty(new RecycledMedia([fresh, unrelated], new MediaSearch(), RecycledMedia.DefaultMargin).FindAll());
    }

    private static MediaDetail Detail(string sha256, PerceptualHash hash, params MediaSighting[] sightings) =>
        new(new MediaRecord(sha256, MediaKind.Image, "image/jpeg", 1) { Hash = hash }, sightings);
}
