using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class PlacesCommandTests : IDisposable
{
    private const string FollowUp =
        "Radar story spreads\n\n" +
        "Bloggers claimed that a second radar stood in Wharf Street in Cardiff.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_street_no_gazetteer_holds_is_pending_until_the_desk_places_it_and_later_analyses_use_the_placement()
    {
        var db = _folder.PathOf("desk.db");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", _folder.File("radar.txt", Articles.Radar), "--db", db)).ExitCode);

        var before = await CliRun.RunAsync("places", "pending", "--db", db);
        var add = await CliRun.RunAsync("places", "add", "Wharf Street", "--lat", "51.4746", "--lon", "-3.1689", "--within", "Cardiff", "--note", "kerb and shopfront matched in the second video", "--db", db);
        var followUp = _folder.File("follow-up.txt", FollowUp);
        var ingest = await CliRun.RunAsync("ingest", followUp, "--db", db);
        var after = await CliRun.RunAsync("places", "pending", "--json", "--db", db);
        var analysis = await CliRun.RunAsync("analyze", followUp, "--json", "--db", db);

        Assert.Equal(ExitCodes.Success, before.ExitCode);
        Assert.Contains("\tWharf Street\tCardiff", before.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, add.ExitCode);
        Assert.Equal(["claimtrail: places: added Wharf Street in Cardiff at 51.4746, -3.1689 (street)"], add.ErrorLines);
        Assert.Equal(ExitCodes.Success, ingest.ExitCode);
        Assert.DoesNotContain("Wharf Street", after.Out, StringComparison.Ordinal);
        var wharf = Places(analysis.Out).First(p => p.GetProperty("name").GetString() == "Wharf Street").GetProperty("geo");
        Assert.Equal("desk", wharf.GetProperty("resolution").GetString());
        Assert.False(wharf.GetProperty("pending").GetBoolean());
        Assert.Equal(51.4746, wharf.GetProperty("latitude").GetDouble());
    }

    [Fact]
    public async Task Pending_places_count_mentions_claims_and_reports()
    {
        var db = _folder.PathOf("desk.db");
        await CliRun.RunAsync("ingest", _folder.File("radar.txt", Articles.Radar), _folder.File("follow-up.txt", FollowUp), "--no-match", "--db", db);

        var run = await CliRun.RunAsync("places", "pending", "--json", "--db", db);

        using var json = JsonDocument.Parse(run.Out);
        var wharf = json.RootElement.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Wharf Street");
        Assert.Equal("Cardiff", wharf.GetProperty("within").GetString());
        Assert.Equal(3, wharf.GetProperty("mentions").GetInt32());
        Assert.Equal(3, wharf.GetProperty("claims").GetInt32());
        Assert.Equal(2, wharf.GetProperty("reports").GetInt32());
    }

    [Theory]
    [InlineData("95", "10", "latitude 95 is not between -90 and 90")]
    [InlineData("10", "-181", "longitude -181 is not between -180 and 180")]
    [InlineData("NaN", "10", "latitude NaN is not between -90 and 90")]
    public async Task A_placement_off_the_globe_is_a_usage_error_naming_the_coordinate(string lat, string lon, string reason)
    {
        var db = _folder.PathOf("desk.db");
        await CliRun.RunAsync("ingest", _folder.File("radar.txt", Articles.Radar), "--db", db);

        var run = await CliRun.RunAsync("places", "add", "Wharf Street", "--lat", lat, "--lon", lon, "--db", db);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["claimtrail: places add: " + reason], run.ErrorLines);
    }

    [Fact]
    public async Task A_placement_with_an_empty_name_or_a_line_break_in_the_note_is_refused_with_both_reasons()
    {
        var run = await CliRun.RunAsync("places", "add", "  ", "--lat", "1", "--lon", "2", "--note", "first\nsecond", "--db", _folder.PathOf("desk.db"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["claimtrail: places add: the name is empty (it needs letters or digits)", "claimtrail: places add: --note holds control characters or line breaks"], run.ErrorLines);
    }

    [Fact]
    public async Task Adding_a_place_to_a_ledger_that_does_not_exist_fails_and_creates_nothing()
    {
        var db = _folder.PathOf("missing.db");

        var run = await CliRun.RunAsync("places", "add", "Wharf Street", "--lat", "51.47", "--lon", "-3.17", "--db", db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.False(File.Exists(db));
    }

    private static List<JsonElement> Places(string analysis)
    {
        var places = new List<JsonElement>();
        Collect(JsonDocument.Parse(analysis).RootElement, places);
        return places;
    }

    private static void Collect(JsonElement element, List<JsonElement> places)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("geo", out _) && element.TryGetProperty("name", out _))
            {
                places.Add(element);
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, places);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, places);
            }
        }
    }
}
