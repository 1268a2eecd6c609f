using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Claimtrail.Errors;
using Claimtrail.Extraction.Learned.Ner;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail train ner --train FILE… [--dev FILE…] --seed N --epochs K --out MODEL</c>: trains the entity tagger,
/// prints each epoch's training mistakes and dev F1, and writes the model and a JSON sidecar (data files with their
/// SHA-256, seed, epochs, features version, dev figures) next to it.
/// </summary>
public static class TrainNerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var train = new Option<string[]>("--train") { Description = "Training sentences, JSON Lines {id, doc_id?, tokens, tags}; several files are trained on together.", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "Sentences scored after training (never trained on); one line of figures per file.", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence order; same seed and data, same model bytes.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 12 };
        var bits = new Option<int>("--bits") { Description = "log2 of the weight table's hash buckets (16 to 24).", DefaultValueFactory = _ => 20 };
        var repeats = new Option<int>("--social-repeats") { Description = "Visits of each social-media sentence per epoch (1 to 10).", DefaultValueFactory = _ => 1 };
        var lowercase = new Option<bool>("--lowercase-news") { Description = "Also train the social domain on a lower-cased copy of every news sentence." };
        var every = new Option<bool>("--every-epoch") { Description = "Score the first dev file after every epoch (slower)." };
        var output = new Option<string>("--out") { Description = "Model file to write (.bin.gz); the sidecar goes next to it as .json.", Required = true };
        var command = new Command("ner", "Train the named-entity tagger (PER, ORG, LOC, MISC; structured averaged perceptron with Viterbi over BIO tags).")
        {
            train,
            dev,
            seed,
            epochs,
            bits,
            repeats,
            lowercase,
            every,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new Arguments(parse.GetValue(train)!, parse.GetValue(dev) ?? [], new NerTrainingOptions { Seed = parse.GetValue(seed), Epochs = parse.GetValue(epochs), HashBits = parse.GetValue(bits), SocialRepeats = parse.GetValue(repeats), LowercaseNewsForSocial = parse.GetValue(lowercase), ScoreEveryEpoch = parse.GetValue(every) }, parse.GetValue(output)!),
            cancellationToken));
        return command;
    }

    private sealed record Arguments(string[] Train, string[] Dev, NerTrainingOptions Options, string Out);

    private static async Task<int> RunAsync(CliContext context, Arguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Options.Epochs < 1 || arguments.Options.HashBits is < 16 or > 24 || arguments.Options.SocialRepeats is < 1 or > 10)
        {
            await context.Error.WriteLineAsync("claimtrail: --epochs must be at least 1, --bits between 16 and 24, --social-repeats between 1 and 10").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var train = arguments.Train.SelectMany(f => NerData.ReadAll(context, f, null, cancellationToken)).ToList();
            var dev = arguments.Dev.Select(f => (File: f, Sentences: NerData.ReadAll(context, f, null, cancellationToken))).ToList();
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"training on {train.Count} sentences ({train.Count(s => s.Domain == NerDomain.News)} news, {train.Count(s => s.Domain == NerDomain.Social)} social), seed {arguments.Options.Seed}, {arguments.Options.Epochs} epochs")).ConfigureAwait(false);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var tagger = await Task.Run(
                () => NerTrainer.Train(train, dev.Count > 0 ? dev[0].Sentences : null, arguments.Options, (epoch, mistakes, f1) =>
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{arguments.Options.Epochs}: {mistakes} sentences wrong{(double.IsNaN(f1) ? "" : $", dev F1 {f1:0.000}")}, {clock.Elapsed.TotalSeconds:F1} s")),
                    cancellationToken),
                cancellationToken).ConfigureAwait(false);
            var elapsed = clock.Elapsed;

            // Each domain's entity bias is chosen on the dev documents read as that domain; training never saw them.
            foreach (var domain in Enum.GetValues<NerDomain>())
            {
                var sentences = dev.SelectMany(d => d.Sentences).Where(s => s.Domain == domain).ToList();
                if (sentences.Count == 0)
                {
                    continue;
                }

                var name = string.Join(' ', dev.Where(d => d.Sentences.Any(s => s.Domain == domain)).Select(d => DataName(d.File)));
                var chosen = NerTrainer.ChooseBias(tagger, domain, sentences, (biases, score) =>
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{domain.ToString().ToLowerInvariant()} entity bias {biases} on {name}: {score.Lines()[^1]}")), cancellationToken);
                tagger = chosen.Tagger;
            }

            using var buffer = new MemoryStream();
            tagger.Save(buffer);
            var bytes = buffer.ToArray();
            var figures = new List<(string File, IReadOnlyList<string> Lines)>();
            foreach (var (file, sentences) in dev)
            {
                figures.Add((file, NerEvaluation.Score(tagger, sentences, cancellationToken).Lines()));
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(arguments.Out));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            await File.WriteAllBytesAsync(arguments.Out, bytes, cancellationToken).ConfigureAwait(false);
            var sidecar = TrainAttributionCommand.SidecarPath(arguments.Out);
            await File.WriteAllBytesAsync(sidecar, Sidecar(arguments, tagger, bytes, elapsed, figures), cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {arguments.Out} ({bytes.Length} bytes) and {sidecar}; trained in {elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            foreach (var (file, lines) in figures)
            {
                await context.Out.WriteLineAsync(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) + "/" + Path.GetFileName(file) + ":").ConfigureAwait(false);
                foreach (var line in lines)
                {
                    await context.Out.WriteLineAsync("  " + line).ConfigureAwait(false);
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

    private static byte[] Sidecar(Arguments arguments, NerTagger tagger, byte[] model, TimeSpan elapsed, List<(string File, IReadOnlyList<string> Lines)> figures)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var options = arguments.Options;
            json.WriteStartObject();
            json.WriteString("model", Path.GetFileName(arguments.Out));
            json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(model)));
            json.WriteString("kind", "structured averaged perceptron, first-order Viterbi over BIO tags of PER, ORG, LOC, MISC; hashed features, each also joined with the domain (news, social) told from each document's words; an entity bias per domain and type");
            json.WriteNumber("featuresVersion", NerTagger.FeaturesVersion);
            json.WriteString("command", string.Create(CultureInfo.InvariantCulture,
                $"claimtrail train ner --train {string.Join(' ', arguments.Train.Select(DataName))}{(arguments.Dev.Length > 0 ? " --dev " + string.Join(' ', arguments.Dev.Select(DataName)) : "")} --seed {options.Seed} --epochs {options.Epochs} --bits {options.HashBits} --social-repeats {options.SocialRepeats}{(options.LowercaseNewsForSocial ? " --lowercase-news" : "")} --out {Path.GetFileName(arguments.Out)}"));
            WriteFiles(json, "train", arguments.Train);
            WriteFiles(json, "dev", arguments.Dev);
            json.WriteNumber("seed", options.Seed);
            json.WriteNumber("epochs", options.Epochs);
            json.WriteNumber("hashBits", options.HashBits);
            json.WriteNumber("socialRepeats", options.SocialRepeats);
            json.WriteBoolean("lowercaseNews", options.LowercaseNewsForSocial);
            json.WriteStartObject("entityBias");
            foreach (var domain in Enum.GetValues<NerDomain>())
            {
                json.WriteStartObject(domain.ToString().ToLowerInvariant());
                var biases = tagger.BiasFor(domain);
                for (var t = 0; t < biases.Count; t++)
                {
                    json.WriteNumber(NerLabels.Types[t], biases[t]);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteNumber("trainingSeconds", Math.Round(elapsed.TotalSeconds, 1));
            json.WriteStartObject("devFigures");
            foreach (var (file, lines) in figures)
            {
                json.WriteStartArray(DataName(file));
                foreach (var line in lines)
                {
                    json.WriteStringValue(line);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    // "conll2003_ner/train.jsonl": the data set's folder and the file, never the machine's path to it.
    private static string DataName(string path) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) + "/" + Path.GetFileName(path);

    private static void WriteFiles(Utf8JsonWriter json, string name, string[] files)
    {
        json.WriteStartArray(name);
        foreach (var file in files)
        {
            json.WriteStartObject();
            TrainAttributionCommand.WriteFile(json, file, DataName(file));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
