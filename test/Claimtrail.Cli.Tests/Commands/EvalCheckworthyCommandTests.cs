using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

/// <summary>Check-worthiness on the command line: training, scoring both data formats, and the claim order.</summary>
public sealed class EvalCheckworthyCommandTests : IDisposable
{
    // Sentences written for these tests, in the CheckThat! format (two transcripts) and the ClaimBuster format.
    private const string Transcripts = """
        {"id":"t1:1","sentence":"Good evening and welcome to the debate.","label":0,"doc_id":"t1","line_number":1}
        {"id":"t1:2","sentence":"Unemployment rose by 14 percent in the last two years.","label":1,"doc_id":"t1","line_number":2}
        {"id":"t1:3","sentence":"I want to thank my family.","label":0,"doc_id":"t1","line_number":3}
        {"id":"t2:1","sentence":"The state spent 40 million dollars on a bridge that was never built.","label":1,"doc_id":"t2","line_number":1}
        {"id":"t2:2","sentence":"Thank you, that is a great question.","label":0,"doc_id":"t2","line_number":2}

        """;

    private const string Blocks = """
        {"id":"cb-1","sentence":"Crime fell by a third in 2019.","label":1,"sentence_id":1,"doc_group":"cb-block-01"}
        {"id":"cb-2","sentence":"I love this country.","label":0,"sentence_id":2,"doc_group":"cb-block-01"}

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Eval_checkworthy_ranks_transcripts_and_scores_blocks_at_the_threshold()
    {
        var ranked = await CliRun.RunAsync("eval", "checkworthy", _folder.File("ct.jsonl", Transcripts));
        var blocks = await CliRun.RunAsync("eval", "checkworthy", _folder.File("cb.jsonl", Blocks));

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (ranked.ExitCode, blocks.ExitCode));
        Assert.StartsWith("checkworthy eval: 5 sentences, 2 check-worthy, 2 ranked transcripts", ranked.Out, StringComparison.Ordinal);
        Assert.Contains("ranking  MAP=1.000", ranked.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ranking", blocks.Out, StringComparison.Ordinal);
        Assert.Contains("checkworthy P=", blocks.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_that_is_not_0_or_1_is_named_and_fails_the_run()
    {
        var path = _folder.File("bad.jsonl", Blocks + "{\"id\":\"cb-3\",\"sentence\":\"x\",\"label\":2}\n");

        var run = await CliRun.RunAsync("eval", "checkworthy", path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("line 3", StringComparison.Ordinal) && l.Contains("\"label\" must be 0 or 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Train_checkworthy_writes_a_model_and_sidecar_that_eval_reads()
    {
        var model = _folder.PathOf("cw.bin.gz");

        var train = await CliRun.RunAsync("train", "checkworthy", "--train", _folder.File("ct.jsonl", Transcripts), "--train", _folder.File("cb.jsonl", Blocks),
            "--dev", _folder.PathOf("ct.jsonl"), "--seed", "3", "--epochs", "2", "--out", model);
        var eval = await CliRun.RunAsync("eval", "checkworthy", _folder.PathOf("ct.jsonl"), "--model", model);

        Assert.Equal(ExitCodes.Success, train.ExitCode);
        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.PathOf("cw.json")));
        Assert.Equal(3, sidecar.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(2, sidecar.RootElement.GetProperty("train").GetArrayLength());
        Assert.Equal(64, sidecar.RootElement.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(ExitCodes.Success, eval.ExitCode);
        Assert.Contains("ranking  MAP=", eval.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_sorted_by_check_worthiness_put_a_figure_before_small_talk()
    {
        var db = _folder.PathOf("ledger.db");
        var talk = _folder.File("talk.txt", "The mayor said the parade was a lovely afternoon for everyone.\n");
        var figure = _folder.File("figure.txt", "The ministry said that unemployment rose by 14 percent in the last two years.\n");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", figure, talk, "--db", db)).ExitCode);

        var run = await CliRun.RunAsync("claims", "--sort", "checkworthy", "--json", "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var scores = json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("checkWorthiness").GetDouble()).ToList();
        Assert.Equal(2, scores.Count);
        Assert.True(scores[0] > scores[1], string.Join(", ", scores));
        Assert.Contains("unemployment", json.RootElement.GetProperty("claims")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
