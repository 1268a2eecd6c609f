using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    private static readonly string[] Speakers = ["Mayor Lin", "Senator Okafor", "Dr. Patel", "Judge Moreno", "Ms. Novak", "Professor Haddad"];

    private static readonly string[] Clauses =
    [
        "the road will close in June", "taxes will rise next year", "the plant is safe", "the vote was fair",
        "the river has flooded twice", "the budget is balanced", "the tunnel will cost more",
    ];

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, new CliContext(output, error, IsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Train_attribution_prints_each_epoch_and_writes_the_model_with_its_sidecar()
    {
        using var folder = new TempFolder();
        var data = WriteCorpus(folder.Path);
        var model = Path.Combine(folder.Path, "out", "tiny.bin.gz");

        var (exit, output, error) = await RunAsync("train", "attribution", "--train", data, "--dev", data, "--seed", "3", "--epochs", "2", "--out", model);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("epoch 1/2", output, StringComparison.Ordinal);
        Assert.Contains("epoch 2/2", output, StringComparison.Ordinal);
        Assert.Contains("cue     exact P=", output, StringComparison.Ordinal);
        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "out", "tiny.json")));
        var root = sidecar.RootElement;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(model))), root.GetProperty("sha256").GetString());
        Assert.Equal(3, root.GetProperty("seed").GetInt32());
        Assert.Equal(2, root.GetProperty("epochs").GetInt32());
        Assert.Equal("corpus.jsonl", root.GetProperty("train").GetProperty("file").GetString());
        Assert.Equal(5, root.GetProperty("devFigures").GetArrayLength());
    }

    [Fact]
    public async Task Train_attribution_makes_the_same_bytes_twice_and_eval_reads_them()
    {
        using var folder = new TempFolder();
        var data = WriteCorpus(folder.Path);
        var first = Path.Combine(folder.Path, "a.bin.gz");
        var second = Path.Combine(folder.Path, "b.bin.gz");

        await RunAsync("train", "attribution", "--train", data, "--seed", "5", "--epochs", "2", "--cue-bias", "0", "--out", first);
        await RunAsync("train", "attribution", "--train", data, "--seed", "5", "--epochs", "2", "--cue-bias", "0", "--out", second);
        var (exit, output, error) = await RunAsync("eval", "attribution", data, "--model", first);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
        Assert.True(exit == ExitCodes.Success, error);
        Assert.StartsWith("attribution eval: 14 documents, 14 gold", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_attribution_refuses_a_missing_training_file()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "none.jsonl");

        var (exit, _, error) = await RunAsync("train", "attribution", "--train", missing, "--out", Path.Combine(folder.Path, "m.bin.gz"));

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_attribution_without_out_is_a_usage_error()
    {
        var (exit, _, _) = await RunAsync("train", "attribution", "--train", "x.jsonl");

        Assert.Equal(ExitCodes.Usage, exit);
    }

    // Fourteen one-sentence documents of the form "Mayor Lin said the road will close in June.",
    // in the PolNeAR JSON Lines format.
    private static string WriteCorpus(string folder)
    {
        var path = System.IO.Path.Combine(folder, "corpus.jsonl");
        var lines = new StringBuilder();
        for (var d = 0; d < 14; d++)
        {
            var speaker = Speakers[d % Speakers.Length];
            var clause = Clauses[d % Clauses.Length];
            var verb = d % 2 == 0 ? "said" : "says";
            var text = $"{speaker} {verb} {clause}.";
            var cueStart = speaker.Length + 1;
            var contentStart = cueStart + verb.Length + 1;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("doc_id", $"tiny-{d}");
                json.WriteString("text", text);
                json.WriteStartArray("attributions");
                json.WriteStartObject();
                json.WriteString("id", "E1");
                WriteSpan(json, "source", text, 0, speaker.Length);
                WriteSpan(json, "cue", text, cueStart, cueStart + verb.Length);
                WriteSpan(json, "content", text, contentStart, contentStart + clause.Length);
                json.WriteStartArray("nested_in");
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            lines.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
        }

        File.WriteAllText(path, lines.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, string text, int start, int end)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text[start..end]);
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteStartArray("fragments");
        json.WriteStartArray();
        json.WriteNumberValue(start);
        json.WriteNumberValue(end);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
