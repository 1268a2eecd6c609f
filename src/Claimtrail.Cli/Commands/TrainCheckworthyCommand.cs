using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Claimtrail.CheckWorthiness;
using Claimtrail.Errors;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail train checkworthy --train FILE… --dev FILE --seed N --out MODEL</c>: trains the check-worthiness
/// model and writes it with a JSON sidecar (data files and their SHA-256, seed, epochs, figures).
/// </summary>
public static class TrainCheckworthyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var train = new Option<string[]>("--train")
        {
            Description = "Training data, JSON Lines in CheckThat! or ClaimBuster format (repeatable). A ClaimBuster-format file gives its training part only; its tuning part (whole blocks chosen by hash) sets the threshold.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var dev = new Option<string?>("--dev") { Description = "CheckThat!-format dev data: the epoch with the best MAP on it is kept." };
        var seed = new Option<int>("--seed") { Description = "Seed of the example order; the same seed and data give the same model.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var positiveWeight = new Option<double>("--positive-weight") { Description = "Weight of a check-worthy example against another.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Model file to write (.bin.gz); the sidecar goes next to it as .json.", Required = true };
        var command = new Command("checkworthy", "Train the check-worthiness model (logistic regression over hashed word and sentence features).")
        {
            train,
            dev,
            seed,
            epochs,
            positiveWeight,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new Arguments(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(seed), parse.GetValue(epochs), parse.GetValue(positiveWeight), parse.GetValue(output)!),
            cancellationToken));
        return command;
    }

    private sealed record Arguments(string[] Train, string? Dev, int Seed, int Epochs, double PositiveWeight, string Out);

    private static async Task<int> RunAsync(CliContext context, Arguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Epochs < 1 || arguments.PositiveWeight is <= 0)
        {
            await context.Error.WriteLineAsync("claimtrail: --epochs must be at least 1 and --positive-weight above 0").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var train = new List<CheckWorthyRecord>();
            var tune = new List<CheckWorthyRecord>();
            foreach (var path in arguments.Train)
            {
                var records = CheckWorthyData.ReadStrict(context, path, cancellationToken);
                train.AddRange(CheckWorthySplit.Select(records, CheckWorthySplit.Part.Train));
                tune.AddRange(records.Where(r => !r.IsRanked && CheckWorthySplit.IsTune(r)));
            }

            var dev = arguments.Dev is null ? [] : CheckWorthyData.ReadStrict(context, arguments.Dev, cancellationToken);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"training on {train.Count} sentences ({train.Count(r => r.Label)} check-worthy), {tune.Count} kept aside for the threshold, {dev.Count} dev; seed {arguments.Seed}, {arguments.Epochs} epochs")).ConfigureAwait(false);
            var options = new CheckWorthinessTrainingOptions(arguments.Seed, arguments.Epochs, PositiveWeight: arguments.PositiveWeight);
            var result = await Task.Run(() => CheckWorthinessTrainer.Train(train, dev, tune, options, (epoch, score) =>
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{arguments.Epochs}: dev MAP={score?.MeanAveragePrecision ?? double.NaN:F3}"));
            }, cancellationToken), cancellationToken).ConfigureAwait(false);

            var directory = Path.GetDirectoryName(Path.GetFullPath(arguments.Out));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            await File.WriteAllBytesAsync(arguments.Out, result.ModelBytes, cancellationToken).ConfigureAwait(false);
            var sidecar = TrainAttributionCommand.SidecarPath(arguments.Out);
            await File.WriteAllBytesAsync(sidecar, Sidecar(arguments, result), cancellationToken).ConfigureAwait(false);
            var model = CheckWorthinessModel.FromBytes(result.ModelBytes);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {arguments.Out} ({result.ModelBytes.Length} bytes, {model.Version}) and {sidecar}; epoch {result.BestEpoch} kept, threshold {result.Threshold:F3}, trained in {result.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            foreach (var (name, score) in new[] { ("dev", result.Dev), ("tune", result.Tune) })
            {
                foreach (var line in score?.ToLines() ?? [])
                {
                    await context.Out.WriteLineAsync($"{name}: {line}").ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (ArgumentException ex)
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

    private static byte[] Sidecar(Arguments arguments, CheckWorthinessTrainingResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", Path.GetFileName(arguments.Out));
            json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(result.ModelBytes)));
            json.WriteString("kind", "logistic regression over hashed word, word-pair, word-ending and sentence features; SGD, best epoch by dev MAP, threshold by F1 on the tuning part");
            json.WriteNumber("featuresVersion", 1);
            json.WriteString("command", string.Create(CultureInfo.InvariantCulture,
                $"claimtrail train checkworthy {string.Join(' ', arguments.Train.Select(t => "--train " + DataName(t)))}{(arguments.Dev is null ? "" : " --dev " + DataName(arguments.Dev))} --seed {arguments.Seed} --epochs {arguments.Epochs}{(arguments.PositiveWeight != 1 ? string.Create(CultureInfo.InvariantCulture, $" --positive-weight {arguments.PositiveWeight}") : "")} --out {Path.GetFileName(arguments.Out)}"));
            json.WriteStartArray("train");
            foreach (var path in arguments.Train)
            {
                json.WriteStartObject();
                TrainAttributionCommand.WriteFile(json, path);
                json.WriteString("dataSet", DataName(path));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (arguments.Dev is not null)
            {
                json.WriteStartObject("dev");
                TrainAttributionCommand.WriteFile(json, arguments.Dev);
                json.WriteString("dataSet", DataName(arguments.Dev));
                json.WriteEndObject();
            }

            json.WriteString("split", "ClaimBuster-format files: a block (doc_group) is kept aside for the threshold when the first byte of SHA-256(doc_group) modulo 10 is below 3");
            json.WriteNumber("seed", arguments.Seed);
            json.WriteNumber("epochs", arguments.Epochs);
            json.WriteNumber("bestEpoch", result.BestEpoch);
            json.WriteNumber("positiveWeight", Math.Round(result.PositiveWeight, 4));
            json.WriteNumber("threshold", Math.Round(result.Threshold, 6));
            json.WriteNumber("trainingSeconds", Math.Round(result.Elapsed.TotalSeconds, 1));
            foreach (var (name, score) in new[] { ("devFigures", result.Dev), ("tuneFigures", result.Tune) })
            {
                if (score is null)
                {
                    continue;
                }

                json.WriteStartArray(name);
                foreach (var line in score.ToLines())
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

    // "checkthat2019_task1/train.jsonl": the data sets name their files alike, their folders tell them apart.
    private static string DataName(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(full));
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(full) : folder + "/" + Path.GetFileName(full);
    }
}
