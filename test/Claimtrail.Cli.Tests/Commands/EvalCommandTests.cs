using System.Text;
using System.Text.RegularExpressions;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed partial class EvalCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, new CliContext(output, error, IsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }

    [SharedDataFact("eval/polnear/dev.jsonl")]
    public async Task Eval_attribution_prints_the_fixed_report_shape_for_the_dev_set()
    {
        var path = SharedData.Require("eval/polnear/dev.jsonl");
        var documents = File.ReadLines(path).Count(line => !string.IsNullOrWhiteSpace(line));

        var (exit, output, error) = await RunAsync("eval", "attribution", path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        var header = Header().Match(lines[0]);
        Assert.True(header.Success, lines[0]);
        Assert.Equal(documents.ToString(System.Globalization.CultureInfo.InvariantCulture), header.Groups[1].Value);
        Assert.Matches(Field("cue"), lines[1]);
        Assert.Matches(Field("source"), lines[2]);
        Assert.Matches(Field("content"), lines[3]);
        Assert.Matches(@"^nested  \d+ predicted inside gold content, not scored$", lines[4]);
    }

    [Fact]
    public async Task Eval_attribution_fails_with_a_message_naming_a_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");

        var (exit, output, error) = await RunAsync("eval", "attribution", path);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_attribution_scores_the_rest_and_exits_1_when_a_line_is_malformed()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");
        var valid = """{"doc_id": "d1", "text": "Some say no.", "attributions": [{"id": "E1", "source": null, "cue": {"text": "say", "start": 5, "end": 8, "fragments": [[5, 8]]}, "content": {"text": "no", "start": 9, "end": 11, "fragments": [[9, 11]]}, "nested_in": []}]}""";
        await File.WriteAllTextAsync(path, valid + "\n{oops\n" + valid + "\n", Encoding.UTF8);
        try
        {
            var (exit, output, error) = await RunAsync("eval", "attribution", path);

            Assert.Equal(ExitCodes.Failed, exit);
            Assert.StartsWith("attribution eval: 2 documents, 2 gold, ", output, StringComparison.Ordinal);
            Assert.Contains($"{path} (line 2)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Eval_attribution_without_a_file_is_a_usage_error()
    {
        var (exit, _, _) = await RunAsync("eval", "attribution");

        Assert.Equal(ExitCodes.Usage, exit);
    }

    private static string Field(string name) =>
        "^" + name.PadRight(8) + @"exact P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}  overlap P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}$";

    [GeneratedRegex(@"^attribution eval: (\d+) documents, \d+ gold, \d+ predicted$")]
    private static partial Regex Header();
}
