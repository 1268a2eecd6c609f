using System.Text;
using System.Text.Json;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class EvalFitMatchCommandTests
{
    private static readonly (string A, string B)[] Paraphrases =
    [
        ("Two drones were shot down over the capital overnight.", "Overnight, two drones were downed above the capital."),
        ("The mayor said the bridge will reopen in May.", "According to the mayor, the bridge reopens in May."),
        ("Trees in the park were cut down to make room for launchers.", "Launchers needed space, so the park's trees were felled."),
        ("The central bank raised interest rates by half a point.", "Interest rates went up half a point at the central bank."),
        ("Floods forced thousands to leave their homes in the south.", "Thousands in the south fled their homes because of flooding."),
        ("The spokesman declined to comment on the videos.", "The videos drew no comment from the spokesman."),
    ];

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, new CliContext(output, error, IsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }

    private static string Pairs()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < Paraphrases.Length; i++)
        {
            var (a, b) = Paraphrases[i];
            var unrelated = Paraphrases[(i + 3) % Paraphrases.Length].B;
            lines.AppendLine(JsonSerializer.Serialize(new { id = $"s{i}", a, b, same = true, group = $"g{i}" }));
            lines.AppendLine(JsonSerializer.Serialize(new { id = $"d{i}", a, b = unrelated, same = false, group = $"g{i}" }));
        }

        return lines.ToString();
    }

    [Fact]
    public async Task A_fitted_model_is_written_and_eval_match_uses_it()
    {
        var folder = Directory.CreateTempSubdirectory("claimtrail-fit-");
        try
        {
            var pairs = Path.Combine(folder.FullName, "pairs.jsonl");
            var model = Path.Combine(folder.FullName, "model.json");
            await File.WriteAllTextAsync(pairs, Pairs(), Encoding.UTF8);

            var fit = await RunAsync("eval", "fit-match", pairs, "--tune", pairs + "=0.9", "--features", "cosine,number_agreement", "--out", model);
            var eval = await RunAsync("eval", "match", pairs, "--model", model);

            Assert.Equal(ExitCodes.Success, fit.Exit);
            Assert.StartsWith("features=cosine,number_agreement threshold=", fit.Out, StringComparison.Ordinal);
            Assert.Contains("\"cosine\"", await File.ReadAllTextAsync(model), StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Success, eval.Exit);
            Assert.EndsWith("match P=1.000 R=1.000 F1=1.000 AUC=1.000\n", eval.Out.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_feature_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("eval", "fit-match", "train.jsonl", "--features", "cosine,tf_idf", "--out", "model.json");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("tf_idf", error, StringComparison.Ordinal);
    }
}
