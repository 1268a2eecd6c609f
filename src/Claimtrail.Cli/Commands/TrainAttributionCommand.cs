using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Extraction.Learned;
using Claimtrail.Extraction.Learned.Training;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail train attribution --train PATH --dev PATH --seed N --epochs K --out PATH</c>: trains the
/// perceptron attribution tagger on PolNeAR-format data, prints the dev figures after each epoch, and
/// writes the model and a JSON sidecar (data files and their SHA-256, seed, epochs, features version,
/// dev figures) next to it.
/// </summary>
public static class TrainAttributionCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var train = new Option<string>("--train") { Description = "Training data, PolNeAR-format JSON Lines.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development data scored after each epoch (tune on this, never train)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the example shuffling; same seed and data, same model bytes.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var members = new Option<int>("--members") { Description = "Models trained on differently shuffled data and averaged into one (inference cost unchanged).", DefaultValueFactory = _ => 1 };
        var cueBias = new Option<float?>("--cue-bias") { Description = "Decoding bias towards starting a cue; without it, chosen on --dev from a fixed grid." };
        var output = new Option<string>("--out") { Description = "Model file to write (.bin.gz); the sidecar goes next to it as .json.", Required = true };
        var command = new Command("attribution", "Train the attribution tagger (cue, then source and content per cue) with the averaged perceptron.")
        {
            train,
            dev,
            seed,
            epochs,
            members,
            cueBias,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new Arguments(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(seed), parse.GetValue(epochs), parse.GetValue(members), parse.GetValue(cueBias), parse.GetValue(output)!),
            cancellationToken));
        return command;
    }

    private sealed record Arguments(string Train, string? Dev, int Seed, int Epochs, int Members, float? CueBias, string Out);

    private static async Task<int> RunAsync(CliContext context, Arguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Epochs < 1 || arguments.Members < 1)
        {
            await context.Error.WriteLineAsync("claimtrail: --epochs and --members must be at least 1").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var trainDocuments = Read(context, arguments.Train, cancellationToken);
            var devDocuments = arguments.Dev is null ? null : Read(context, arguments.Dev, cancellationToken);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"training on {trainDocuments.Count} documents, seed {arguments.Seed}, {arguments.Epochs} epochs, {arguments.Members} member(s)")).ConfigureAwait(false);
            var options = new TrainingOptions(arguments.Seed, arguments.Epochs, arguments.Members, CueBias: arguments.CueBias);
            var result = await Task.Run(() => AttributionTrainer.Train(trainDocuments, devDocuments, options, report =>
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"member {report.Member}/{arguments.Members} epoch {report.Epoch}/{arguments.Epochs}: cue errors {report.CueErrors}, role errors {report.RoleErrors}, {report.Elapsed.TotalSeconds:F1} s; dev at cue bias {arguments.CueBias ?? 0:0.##}:"));
                if (report.Dev is not null)
                {
                    foreach (var line in report.Dev.ToLines())
                    {
                        context.Out.WriteLine("  " + line);
                    }
                }
            }, (bias, score) =>
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cue bias {bias:0.0#}:"));
                foreach (var line in score.ToLines())
                {
                    context.Out.WriteLine("  " + line);
                }
            }, cancellationToken), cancellationToken).ConfigureAwait(false);

            var directory = Path.GetDirectoryName(Path.GetFullPath(arguments.Out));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            await File.WriteAllBytesAsync(arguments.Out, result.ModelBytes, cancellationToken).ConfigureAwait(false);
            var sidecar = SidecarPath(arguments.Out);
            await File.WriteAllBytesAsync(sidecar, Sidecar(arguments, result), cancellationToken).ConfigureAwait(false);
            var extractor = TrainedAttributionExtractor.FromBytes(result.ModelBytes);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {arguments.Out} ({result.ModelBytes.Length} bytes, {extractor.Version}) and {sidecar}; trained in {result.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            if (result.Dev is not null)
            {
                await context.Out.WriteLineAsync("saved model on dev:").ConfigureAwait(false);
                foreach (var line in result.Dev.ToLines())
                {
                    await context.Out.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync($"claimtrail: {arguments.Out}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    /// <summary><c>x.bin.gz</c> → <c>x.json</c>.</summary>
    internal static string SidecarPath(string modelPath)
    {
        var path = modelPath;
        foreach (var extension in (string[])[".gz", ".bin"])
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^extension.Length];
            }
        }

        return path + ".json";
    }

    private static List<GoldDocument> Read(CliContext context, string path, CancellationToken cancellationToken)
    {
        // Training on a partly unreadable file would silently make another model: refuse it.
        var malformed = 0;
        var documents = PolnearReader.ReadFile(path, error =>
        {
            malformed++;
            context.Error.WriteLine("claimtrail: " + error.Message);
        }, cancellationToken).ToList();
        if (malformed > 0)
        {
            throw new InputException(path, string.Create(CultureInfo.InvariantCulture, $"{malformed} malformed line(s)"));
        }

        return documents;
    }

    private static byte[] Sidecar(Arguments arguments, TrainingResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", Path.GetFileName(arguments.Out));
            json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(result.ModelBytes)));
            json.WriteString("kind", "averaged structured perceptron: cue BIO tagger, then source/content tagger per cue");
            json.WriteNumber("featuresVersion", TrainedAttributionExtractor.FeaturesVersion);
            json.WriteString("command", string.Create(CultureInfo.InvariantCulture,
                $"claimtrail train attribution --train {Path.GetFileName(arguments.Train)} --dev {Path.GetFileName(arguments.Dev ?? "-")} --seed {arguments.Seed} --epochs {arguments.Epochs} --members {arguments.Members}{(arguments.CueBias is { } b ? string.Create(CultureInfo.InvariantCulture, $" --cue-bias {b}") : "")} --out {Path.GetFileName(arguments.Out)}"));
            json.WriteStartObject("train");
            WriteFile(json, arguments.Train);
            json.WriteEndObject();
            if (arguments.Dev is not null)
            {
                json.WriteStartObject("dev");
                WriteFile(json, arguments.Dev);
                json.WriteEndObject();
            }

            json.WriteNumber("seed", arguments.Seed);
            json.WriteNumber("epochs", arguments.Epochs);
            json.WriteNumber("members", arguments.Members);
            json.WriteNumber("cueBias", result.CueBias);
            json.WriteNumber("trainingSeconds", Math.Round(result.Elapsed.TotalSeconds, 1));
            if (result.Dev is not null)
            {
                json.WriteStartArray("devFigures");
                foreach (var line in result.Dev.ToLines())
                {
                    json.WriteStringValue(line);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes <c>"file": NAME, "sha256": …</c> of the data file at <paramref name="path"/> into a sidecar.</summary>
    internal static void WriteFile(Utf8JsonWriter json, string path, string? name = null)
    {
        json.WriteString("file", name ?? Path.GetFileName(path));
        using var stream = File.OpenRead(path);
        json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
