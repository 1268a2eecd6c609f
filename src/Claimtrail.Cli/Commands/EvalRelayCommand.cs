using System.CommandLine;
using Claimtrail.Errors;
using Claimtrail.Evaluation;
using Claimtrail.Model;
using Claimtrail.Pipeline;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// <c>claimtrail eval relay FILE.jsonl</c>: scores speakers and relay chains on a gold set of cases
/// (format in <see cref="RelayGoldReader"/>, scoring in <see cref="RelayScore"/>); misses go to stderr.
/// </summary>
public static class EvalRelayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Gold cases as JSON Lines ({id, construction, text, content, speaker, chain: [{source, cue}]}, chain nearest the report first)." };
        var command = new Command("relay", "Score relay chains: exact-chain and speaker accuracy, link precision and recall, accuracy per construction.")
        {
            file,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var malformed = 0;
        IReadOnlyList<RelayGoldCase> cases;
        try
        {
            cases = RelayGoldReader.ReadFile(path, error => ReportMalformed(context, error, ref malformed), cancellationToken);
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync("claimtrail: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var score = await Task.Run(() => new RelayScorer(AnalysisPipeline.CreateDefault()).Evaluate(cases, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var line in score.ToLines())
        {
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        foreach (var (gold, got) in score.Misses)
        {
            var expected = Describe(gold.Speaker, gold.Chain.Select(l => (l.Source, l.Cue)));
            var found = got is null ? "no mention" : Describe(got.Speaker.Name, got.Relay.Select(l => (l.Name, l.Cue)));
            await context.Error.WriteLineAsync($"miss {gold.Id}: expected {expected}, got {found}").ConfigureAwait(false);
        }

        return EvalExit.Of(context, path, score.Cases, malformed);
    }

    internal static void ReportMalformed(CliContext context, InputException error, ref int malformed)
    {
        malformed++;
        context.Error.WriteLine("claimtrail: " + error.Message);
    }

    private static string Describe(string speaker, IEnumerable<(string Source, string Cue)> chain)
    {
        var links = string.Join(" ", chain.Select(l => $"<- {l.Source} ({l.Cue})"));
        return links.Length == 0 ? $"\"{speaker}\" direct" : $"\"{speaker}\" {links}";
    }
}
