using System.Text;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class EvalGeoCommandTests
{
    private const string Gold = """
        {"id":"a","text":"Riots broke out in Paris, the French capital.","mention":"Paris","expect":{"name":"Paris","cc":"FR","kind":"city","lat":48.853,"lon":2.349}}
        {"id":"b","text":"The storm hit Paris, Texas.","mention":"Paris","expect":{"name":"Paris","cc":"US","kind":"city","lat":33.661,"lon":-95.556}}
        {"id":"c","text":"Texas sent troops.","mention":"Texas","expect":{"name":"Texas","cc":"US","kind":"region","lat":31.0,"lon":-97.5}}
        {"id":"d","text":"Russia denied it.","mention":"Russia","expect":{"name":"Russia","cc":"RU","kind":"country","lat":56.9,"lon":51.6}}
        {"id":"e","text":"Police closed Tverskaya Street in Moscow.","mention":"Tverskaya Street","within":"Moscow","expect":"unresolved"}

        """;

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, new CliContext(output, error, IsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Eval_geo_prints_six_stable_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllTextAsync(path, Gold, Encoding.UTF8);
        try
        {
            var (exit, output, error) = await RunAsync("eval", "geo", path);

            Assert.Equal(ExitCodes.Success, exit);
            Assert.Equal(
                [
                    "geo eval: 5 mentions, 4 to place (2 city, 1 region, 1 country), 1 to leave unresolved",
                    "city       accuracy=1.000 (2/2) same entry or within 25 km",
                    "region     accuracy=1.000 (1/1)",
                    "country    accuracy=1.000 (1/1)",
                    "placed     accuracy=1.000 (4/4)",
                    "unresolved correct=1.000 (1/1) left pending geolocation",
                ],
                output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("gazetteer of", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Eval_geo_fails_with_a_message_naming_a_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");

        var (exit, output, error) = await RunAsync("eval", "geo", path);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
