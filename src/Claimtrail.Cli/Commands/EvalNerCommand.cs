using System.CommandLine;
using System.Globalization;
using Claimtrail.Errors;
using Claimtrail.Extraction.Learned.Ner;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval ner FILE.jsonl [--model PATH] [--domain auto|news|social]</c>: entity-level precision, recall
/// and F1 per type (conlleval rules), then <c>overall P=… R=… F1=…</c>.
/// </summary>
public static class EvalNerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Sentences with gold BIO tags, one JSON object a line: {id, doc_id?, tokens, tags} (CoNLL-2003 and WNUT-17 as in the evaluation data)." };
        var model = new Option<string?>("--model") { Description = "A model made by 'claimtrail train ner'; default: the shipped one.", HelpName = "PATH" };
        var domain = new Option<string>("--domain")
        {
            Description = "How to read the text: news, social, or auto (each document, the records of one doc_id or a record alone, is read as news or a post by its own words, as in use).",
            DefaultValueFactory = _ => "auto",
        };
        domain.AcceptOnlyFromAmong(NerData.Domains);
        var command = new Command("ner", "Score the trained entity tagger on tagged sentences: precision, recall and F1 per type (PER, ORG, LOC, MISC; a predicted entity counts when its type and both boundaries match), one line each, then 'overall'.")
        {
            file,
            model,
            domain,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(file)!, parse.GetValue(model), NerData.ParseDomain(parse.GetValue(domain)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, string? modelPath, NerDomain? domain, CancellationToken cancellationToken)
    {
        try
        {
            var tagger = modelPath is null ? NerTagger.Shipped : NerTagger.Load(modelPath);
            var (sentences, refused) = NerData.Read(context, file, domain, cancellationToken);
            var score = await Task.Run(() => NerEvaluation.Score(tagger, sentences, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ner eval: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Count)} tokens{(refused > 0 ? $", {refused} line(s) refused" : "")}")).ConfigureAwait(false);
            foreach (var line in score.Lines())
            {
                await context.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return refused > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }
}
