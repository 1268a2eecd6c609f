using Claimtrail.Geo;
using Claimtrail.Input;
using Claimtrail.Json;
using Claimtrail.Model;
using Claimtrail.Pipeline;

namespace Claimtrail.Tests.Pipeline;

public sealed class AnalysisPipelineIdentityTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();

    [Theory]
    [InlineData("The mayor said that the bridge is closed.")]
    [InlineData("  The  mayor\r\nsaid “that” the bridge\u200B is closed. ")]
    public void The_id_computed_before_extraction_is_the_analysed_reports_id(string text)
    {
        var document = new SourceDocument("post", text, DocumentFormat.Telegram);

        Assert.Equal(Pipeline.Analyze(document).Id, Pipeline.IdFor(document));
    }

    [Fact]
    public void A_report_described_without_extraction_keeps_text_and_metadata_and_is_flagged()
    {
        var post = new PostMetadata { Platform = "telegram", PostId = "9", Media = [new MediaItem("photo", null)] };
        var document = new SourceDocument("post", "The mayor said that the bridge is closed.", DocumentFormat.Telegram) { Publisher = "Channel", Post = post };

        var report = AnalysisPipeline.Describe(Pipeline.Normalize(document));

        Assert.Equal(Pipeline.Analyze(document).Id, report.Id);
        Assert.Empty(report.Mentions);
        Assert.Equal([AnalysisPipeline.NotExtracted], report.Flags);
        Assert.Equal(("Channel", post), (report.Publisher, report.Post));
    }

    [Fact]
    public void An_article_without_post_metadata_has_no_post_in_the_contract()
    {
        var report = Pipeline.Analyze(new SourceDocument("a.txt", "The mayor said that the bridge is closed.", DocumentFormat.PlainText));

        Assert.Null(report.Post);
        Assert.DoesNotContain("\"post\"", AnalysisJson.Serialize(new AnalysisResult([report], [])), StringComparison.Ordinal);
    }

    [Fact]
    public void Post_metadata_is_an_added_optional_field_of_the_contract_and_reads_back()
    {
        var post = new PostMetadata { Platform = "telegram", PostId = "9", ForwardedFrom = "Rybar", Location = new GeoPoint(55.7, 37.6), Media = [new MediaItem("photo", "p.jpg") { Size = 3 }] };
        var report = Pipeline.Analyze(new SourceDocument("post", "The mayor said that the bridge is closed.", DocumentFormat.Telegram) { Post = post });

        var json = AnalysisJson.Serialize(new AnalysisResult([report], []));
        var back = AnalysisJson.Deserialize(json).Reports[0].Post!;

        Assert.Contains("\"forwardedFrom\": \"Rybar\"", json, StringComparison.Ordinal);
        Assert.Equal((post.Platform, post.PostId, post.ForwardedFrom, post.Location), (back.Platform, back.PostId, back.ForwardedFrom, back.Location));
        Assert.Equal(post.Media, back.Media);
    }
}
