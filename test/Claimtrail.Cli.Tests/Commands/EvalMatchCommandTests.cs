using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed partial class EvalMatchCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, new CliContext(output, error, IsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }

    private static (double Precision, double Recall, double F1, double Auc) Figures(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(Counts(), lines[0]);
        var match = MatchLine().Match(lines[1]);
        Assert.True(match.Success, lines[1]);
        double At(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return (At(1), At(2), At(3), At(4));
    }

    [SharedDataTheory("eval/claimmatch_pisarevskaya/dev.jsonl")]
    [InlineData("eval/claimmatch_pisarevskaya/dev.jsonl", 0.85)]
    [InlineData("eval/mrpc_paraphrase/dev.jsonl", 0.80)]
    public async Task Eval_match_reaches_the_target_F1_on_the_dev_sets(string file, double target)
    {
        var path = SharedData.Require(file);
        var pairs = File.ReadLines(path).Count(line => !string.IsNullOrWhiteSpace(line));

        var (exit, output, error) = await RunAsync("eval", "match", path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith($"pairs={pairs} ", output, StringComparison.Ordinal);
        var figures = Figures(output);
        Assert.True(figures.F1 >= target, $"F1 {figures.F1} below {target}");
        Assert.True(figures.Auc > 0.7, $"AUC {figures.Auc}");
    }

    [Fact]
    public async Task Eval_match_scores_the_rest_and_exits_1_when_a_line_is_malformed()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");
        const string same = """{"id": "p1", "a": "Two drones were shot down over the capital overnight.", "b": "Overnight, two drones were downed above the capital.", "same": true, "group": "g1"}""";
        const string different = """{"id": "p3", "a": "Two drones were shot down over the capital overnight.", "b": "The orchestra will tour South America next spring.", "same": false, "group": "g2"}""";
        await File.WriteAllTextAsync(path, same + "\n{\"id\": \"p2\", \"a\": \n" + different + "\n", Encoding.UTF8);
        try
        {
            var (exit, output, error) = await RunAsync("eval", "match", path);

            Assert.Equal(ExitCodes.Failed, exit);
            Assert.StartsWith("pairs=2 gold_same=1 ", output, StringComparison.Ordinal);
            var figures = Figures(output);
            Assert.Equal(1d, figures.Auc);
            Assert.Contains($"{path} (line 2)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Eval_match_fails_with_a_message_naming_a_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");

        var (exit, output, error) = await RunAsync("eval", "match", path);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^pairs=\d+ gold_same=\d+ predicted_same=\d+ true_positives=\d+ stance_conflicts=0 threshold=\d\.\d{3}$")]
    private static partial Regex Counts();

    [GeneratedRegex(@"^match P=(\d\.\d{3}) R=(\d\.\d{3}) F1=(\d\.\d{3}) AUC=(\d\.\d{3})$")]
    private static partial Regex MatchLine();
}
