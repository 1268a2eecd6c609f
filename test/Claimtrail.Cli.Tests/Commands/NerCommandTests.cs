using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class NerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Eval_ner_prints_one_line_per_type_and_overall_last()
    {
        var file = _folder.File("gold.jsonl", Tagged(12));

        var run = await CliRun.RunAsync("eval", "ner", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines[..^1], l => Assert.Matches(@"^(PER|ORG|LOC|MISC) +P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}  gold=\d+ predicted=\d+ correct=\d+$", l));
        Assert.All(["LOC", "ORG", "PER"], type => Assert.Contains(lines, l => l.StartsWith(type + " ", StringComparison.Ordinal) && l.Contains("gold=12 ", StringComparison.Ordinal)));
        Assert.Matches(@"^overall P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}$", lines[^1]);
        Assert.Equal(["ner eval: 12 sentences, 84 tokens"], run.ErrorLines);
    }

    [Fact]
    public async Task Eval_ner_scores_the_rest_when_a_line_is_bad_and_fails_naming_the_line()
    {
        var file = _folder.File("gold.jsonl", Tagged(3) + "{\"id\": \"x\", \"tokens\": [\"a\"]}\n");

        var run = await CliRun.RunAsync("eval", "ner", file);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("(line 4)", StringComparison.Ordinal) && l.Contains("'tags' must be an array", StringComparison.Ordinal));
        Assert.StartsWith("overall ", run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_ner_writes_a_model_and_its_record_that_eval_ner_reads()
    {
        var train = _folder.File("train.jsonl", Tagged(30));
        var dev = _folder.File("dev.jsonl", Tagged(6));
        var model = _folder.PathOf("out/ner.bin.gz");

        var run = await CliRun.RunAsync("train", "ner", "--train", train, "--dev", dev, "--seed", "3", "--epochs", "3", "--bits", "16", "--out", model);
        var again = await CliRun.RunAsync("train", "ner", "--train", train, "--dev", dev, "--seed", "3", "--epochs", "3", "--bits", "16", "--out", _folder.PathOf("again.bin.gz"));
        var eval = await CliRun.RunAsync("eval", "ner", dev, "--model", model);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(model), await File.ReadAllBytesAsync(_folder.PathOf("again.bin.gz")));
        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.PathOf("out/ner.json")));
        Assert.Equal(3, sidecar.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(64, sidecar.RootElement.GetProperty("train")[0].GetProperty("sha256").GetString()!.Length);
        Assert.DoesNotContain(_folder.Path, sidecar.RootElement.GetProperty("command").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, eval.ExitCode);
        Assert.Equal("overall P=1.000 R=1.000 F1=1.000", eval.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
    }

    [Fact]
    public async Task Train_ner_refuses_a_training_file_with_a_bad_line_and_writes_nothing()
    {
        var train = _folder.File("train.jsonl", Tagged(4) + "{\"id\": \"x\", \"tokens\": [\"a\"], \"tags\": [\"B-TOWN\"]}\n");
        var model = _folder.PathOf("ner.bin.gz");

        var run = await CliRun.RunAsync("train", "ner", "--train", train, "--epochs", "1", "--bits", "16", "--out", model);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("1 malformed line(s)", StringComparison.Ordinal));
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task Eval_ner_with_a_model_that_is_not_one_fails_naming_it()
    {
        var model = _folder.File("fake.bin.gz", "not a model");

        var run = await CliRun.RunAsync("eval", "ner", _folder.File("gold.jsonl", Tagged(2)), "--model", model);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("fake.bin.gz", run.Error, StringComparison.Ordinal);
    }

    // Invented sentences of seven tokens: a person, an organisation and a place in fixed patterns.
    private static string Tagged(int count)
    {
        string[] people = ["Ines Moreau", "Tomas Varga", "Lena Okafor"];
        string[] firms = ["Carrow Mining", "Helix Foods", "Lumen Power"];
        string[] towns = ["Brennholm", "Kastelby", "Velmora"];
        var lines = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var person = people[n % 3].Split(' ');
            var firm = firms[(n / 3) % 3].Split(' ');
            string[] tokens = [person[0], person[1], "joined", firm[0], firm[1], "in", towns[(n + 1) % 3]];
            string[] tags = ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC"];
            lines.Add(JsonSerializer.Serialize(new { id = $"s{n}", doc_id = $"d{n}", tokens, tags }));
        }

        return string.Join('\n', lines) + "\n";
    }
}
