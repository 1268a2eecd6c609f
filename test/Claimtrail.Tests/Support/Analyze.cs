using Claimtrail.Input;
using Claimtrail.Model;
using Claimtrail.Extraction.Rules;
using Claimtrail.Pipeline;

namespace Claimtrail.Tests.Support;

/// <summary>Runs the default pipeline over text written in a test, so each test states only its sentence.</summary>
public static class Analyze
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();
    private static readonly AnalysisPipeline RulesPipeline = new(AnalysisPipeline.DefaultComponents() with { Attributions = new RuleAttributionExtractor() });

    public static Report Text(string text) => Pipeline.Analyze(new SourceDocument("test", text, DocumentFormat.PlainText));

    /// <summary>The pipeline with the rules alone extracting attributions: for tests of the rules themselves.</summary>
    public static Report WithRules(string text) => RulesPipeline.Analyze(new SourceDocument("test", text, DocumentFormat.PlainText));

    public static Mention OnlyRuleMention(string text) => Assert.Single(WithRules(text).Mentions);

    public static AnalysisResult All(params string[] texts) => Pipeline.AnalyzeAll([.. texts.Select(Text)]);

    public static Mention OnlyMention(string text) => Assert.Single(Text(text).Mentions);
}
