using Claimtrail.Input;
using Claimtrail.Model;
using Claimtrail.Pipeline;

namespace Claimtrail.Tests.Support;

/// <summary>Runs the default pipeline over text written in a test, so each test states only its sentence.</summary>
public static class Analyze
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();

    public static Report Text(string text) => Pipeline.Analyze(new SourceDocument("test", text, DocumentFormat.PlainText));

    public static AnalysisResult All(params string[] texts) => Pipeline.AnalyzeAll([.. texts.Select(Text)]);

    public static Mention OnlyMention(string text) => Assert.Single(Text(text).Mentions);
}
