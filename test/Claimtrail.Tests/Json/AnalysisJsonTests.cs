using System.Text.Json;
using Claimtrail.Json;
using Claimtrail.Model;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Json;

public sealed class AnalysisJsonTests
{
    private const string Article = "The Telegram channel North Wind, quoted from the site Daily Lantern, has published videos that allegedly show tanks near Brest. The border guard has not commented.";

    [Fact]
    public void Contract_has_the_versioned_schema_and_the_documented_fields()
    {
        using var json = JsonDocument.Parse(AnalysisJson.Serialize(Analyze.All(Article)));
        var root = json.RootElement;
        Assert.Equal("claimtrail.analysis/1", root.GetProperty("schema").GetString());
        var report = root.GetProperty("reports")[0];
        Assert.StartsWith("sha256:", report.GetProperty("id").GetString(), StringComparison.Ordinal);
        foreach (var field in (string[])["source", "language", "text", "mentions", "entities"])
        {
            Assert.True(report.TryGetProperty(field, out _), field);
        }

        var mention = report.GetProperty("mentions")[0];
        foreach (var field in (string[])["id", "span", "content", "speaker", "cue", "relay", "stance", "hedges", "evidence", "places", "entities"])
        {
            Assert.True(mention.TryGetProperty(field, out _), field);
        }

        Assert.Equal(JsonValueKind.Array, mention.GetProperty("span").ValueKind);
        Assert.Equal(2, mention.GetProperty("span").GetArrayLength());
        Assert.Equal("channel", mention.GetProperty("speaker").GetProperty("kind").GetString());
        Assert.Equal("quoted from", mention.GetProperty("relay")[0].GetProperty("cue").GetString());
        var claim = root.GetProperty("claims")[0];
        Assert.Equal("unverified", claim.GetProperty("status").GetString());
    }

    [Fact]
    public void Stances_are_written_in_snake_case()
    {
        var json = AnalysisJson.Serialize(Analyze.All(Article));
        Assert.Contains("\"stance\": \"no_comment\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_are_utf16_offsets_into_the_normalised_text()
    {
        var result = Analyze.All("“Résumé fraud,” the auditor said. 🔥 The mayor said the fire is out.");
        var report = result.Reports[0];
        Assert.All(report.Mentions, m => Assert.Equal(m.Content, string.Join(' ', m.Fragments.Select(f => f.Of(report.Text)))));
    }

    [Fact]
    public void Written_contract_reads_back_to_an_equal_result()
    {
        var result = Analyze.All(Article);
        var back = AnalysisJson.Deserialize(AnalysisJson.Serialize(result));
        Assert.Equal(AnalysisJson.Serialize(result), AnalysisJson.Serialize(back));
        Assert.Equal(result.Reports[0].Mentions[0].Stance, back.Reports[0].Mentions[0].Stance);
    }

    [Fact]
    public void Reading_another_schema_version_is_refused()
    {
        var json = AnalysisJson.Serialize(Analyze.All(Article)).Replace("claimtrail.analysis/1", "claimtrail.analysis/9", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => AnalysisJson.Deserialize(json));
    }
}
