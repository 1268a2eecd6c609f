using System.Text.Json;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class ExportGeoJsonCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_claims_places_export_as_point_features_with_claim_place_precision_confidence_and_pending()
    {
        var db = _folder.PathOf("desk.db");
        await CliRun.RunAsync("ingest", _folder.File("radar.txt", Articles.Radar), "--db", db);

        var run = await CliRun.RunAsync("export", "--format", "geojson", "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            var properties = f.GetProperty("properties");
            Assert.StartsWith("c", properties.GetProperty("claimId").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(properties.GetProperty("claim").GetString()));
            Assert.InRange(properties.GetProperty("confidence").GetDouble(), 0, 1);
        });
        var wharf = features.First(f => f.GetProperty("properties").GetProperty("place").GetString() == "Wharf Street");
        var cardiff = features.First(f => f.GetProperty("properties").GetProperty("place").GetString() == "Cardiff");
        Assert.True(wharf.GetProperty("properties").GetProperty("pendingGeolocation").GetBoolean());
        Assert.Equal("street", wharf.GetProperty("properties").GetProperty("precision").GetString());
        Assert.Equal("city", cardiff.GetProperty("properties").GetProperty("precision").GetString());

        // RFC 7946: longitude first. Cardiff lies west of Greenwich, at about 51.5° north.
        var coordinates = cardiff.GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(coordinates[0].GetDouble(), -3.3, -3.1);
        Assert.InRange(coordinates[1].GetDouble(), 51.4, 51.6);
    }

    [Fact]
    public async Task A_desk_placement_moves_the_pending_place_to_its_point_in_a_file_export()
    {
        var db = _folder.PathOf("desk.db");
        var output = _folder.PathOf("claims.geojson");
        await CliRun.RunAsync("ingest", _folder.File("radar.txt", Articles.Radar), "--db", db);
        await CliRun.RunAsync("places", "add", "Wharf Street", "--lat", "51.4746", "--lon", "-3.1689", "--within", "Cardiff", "--note", "shopfront in the video", "--db", db);

        var run = await CliRun.RunAsync("export", "--format", "geojson", "--output", output, "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.False(File.Exists(output + ".partial"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var wharf = json.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("place").GetString() == "Wharf Street").ToList();
        Assert.NotEmpty(wharf);
        Assert.All(wharf, f =>
        {
            Assert.False(f.GetProperty("properties").GetProperty("pendingGeolocation").GetBoolean());
            Assert.Equal("desk", f.GetProperty("properties").GetProperty("placedBy").GetString());
            Assert.Equal("shopfront in the video", f.GetProperty("properties").GetProperty("deskNote").GetString());
            Assert.Equal(-3.1689, f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
            Assert.Equal(51.4746, f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble());
        });
    }

    [Fact]
    public async Task A_ledger_without_claims_exports_an_empty_feature_collection()
    {
        var db = _folder.PathOf("empty.db");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("db", "migrate", "--db", db)).ExitCode);

        var run = await CliRun.RunAsync("export", "--format", "geojson", "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Empty(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal(["claimtrail: export: 0 of 0 claims placed on the map"], run.ErrorLines);
    }

    [Fact]
    public async Task Exporting_a_ledger_that_does_not_exist_fails_and_writes_no_file()
    {
        var output = _folder.PathOf("claims.geojson");

        var run = await CliRun.RunAsync("export", "--format", "geojson", "--output", output, "--db", _folder.PathOf("missing.db"));

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.False(File.Exists(output));
    }
}
