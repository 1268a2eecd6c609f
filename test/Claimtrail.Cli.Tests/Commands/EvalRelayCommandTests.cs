using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class EvalRelayCommandTests : IDisposable
{
    private const string Gold = """
        {"id":"a","construction":"quoted_by","text":"A ranger, quoted by the agency Northwire, said the trail was closed.","content":"the trail was closed","speaker":"A ranger","chain":[{"source":"Northwire","cue":"quoted by"}]}
        {"id":"b","construction":"no_relay","text":"The mayor said the pool would reopen in June.","content":"the pool would reopen in June","speaker":"The mayor","chain":[]}

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Eval_relay_prints_the_figures_and_one_line_per_construction()
    {
        var run = await CliRun.RunAsync("eval", "relay", _folder.File("relay.jsonl", Gold));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("relay eval: 2 cases, 1 gold links, 1 predicted links, mention found for 2", lines[0]);
        Assert.Equal("case     accuracy=1.000 (2/2) speaker and whole chain right", lines[1]);
        Assert.Equal(2, lines.Count(l => l.StartsWith("construction ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_malformed_case_is_named_with_its_line_and_fails_the_run_after_scoring_the_rest()
    {
        var path = _folder.File("relay.jsonl", Gold + "{\"id\":\"c\",\"text\":\"x\"}\n");

        var run = await CliRun.RunAsync("eval", "relay", path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith("relay eval: 2 cases", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.Contains("line 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_stance_prints_the_confusion_matrix_and_hedge_figures()
    {
        var path = _folder.File("stance.jsonl", """
            {"id":"a","text":"The ministry denied that the dam had cracked.","stance":"denies","hedges":[]}
            {"id":"b","text":"Residents said the dam had reportedly cracked.","stance":"asserts","hedges":["reportedly"]}

            """);

        var run = await CliRun.RunAsync("eval", "stance", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("stance accuracy=1.000 (2/2)", run.Out, StringComparison.Ordinal);
        Assert.Contains("confusion (rows gold, columns predicted)", run.Out, StringComparison.Ordinal);
        Assert.Contains("hedges P=1.000 R=1.000 F1=1.000 (1 matched)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_stance_fails_naming_a_missing_file()
    {
        var run = await CliRun.RunAsync("eval", "stance", _folder.PathOf("missing.jsonl"));

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("missing.jsonl: no such file", run.Error, StringComparison.Ordinal);
    }
}
