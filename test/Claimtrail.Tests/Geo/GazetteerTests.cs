using System.IO.Compression;
using System.Text;
using Claimtrail.Geo;

namespace Claimtrail.Tests.Geo;

public sealed class GazetteerTests
{
    [Fact]
    public void Default_holds_countries_regions_and_the_GeoNames_places()
    {
        var gazetteer = Gazetteer.Default;

        Assert.InRange(gazetteer.Count, 135_000, 145_000);
        Assert.InRange(gazetteer.Entries.Count(e => e.Kind == GazetteerKind.Country), 240, 260);
        Assert.InRange(gazetteer.Entries.Count(e => e.Kind == GazetteerKind.Region), 1_000, 5_000);
        Assert.True(gazetteer.LoadTime > TimeSpan.Zero);
    }

    [Fact]
    public void Default_is_loaded_once_when_many_threads_ask_at_once()
    {
        var seen = new Gazetteer[8];
        Parallel.For(0, seen.Length, i => seen[i] = Gazetteer.Default);

        Assert.All(seen, g => Assert.Same(seen[0], g));
        Assert.True(Gazetteer.IsDefaultLoaded);
    }

    [Theory]
    [InlineData("Moscow", "524901")]
    [InlineData("moscow", "524901")]
    [InlineData("Ryazan", "500096")]
    [InlineData("Ryazan’", "500096")]
    [InlineData("Krakow", "3094802")]
    [InlineData("Kraków", "3094802")]
    [InlineData("Kiev", "703448")]
    [InlineData("Rostov-on-Don", "501175")]
    public void Find_matches_names_without_regard_to_case_diacritics_apostrophes_or_exonyms(string name, string id)
    {
        Assert.Contains(Gazetteer.Default.Find(name), e => e.Id == id);
    }

    [Fact]
    public void Countries_know_their_capital_and_regions_their_country()
    {
        var gazetteer = Gazetteer.Default;

        Assert.Equal("Moscow", gazetteer.CapitalOf("RU")!.Name);
        Assert.Equal("Tbilisi", gazetteer.CapitalOf("GE")!.Name);
        var texas = Assert.Single(gazetteer.Find("Texas"), e => e.Kind == GazetteerKind.Region);
        Assert.Equal(("US", "TX"), (texas.CountryCode, texas.Admin1));
        Assert.Same(texas, gazetteer.Region("US.TX"));
        Assert.Equal("Ryazan Oblast", gazetteer.Region("RU.62")!.Name);
    }

    [Fact]
    public void Load_reads_the_gzipped_tsv_format()
    {
        var tsv = "#id\tkind\tname\tascii\talt\tcc\tadmin1\tlat\tlon\tpopulation\tfeature\n"
            + "country:XX\tC\tTestland\t\tTesty|TL\tXX\t\t10.5\t20.25\t1000\tcapital=1\n"
            + "1\tP\tFoo Város\tFoo Varos\t\tXX\t01\t10.5\t20.25\t1000\tPPLC\n";

        var gazetteer = Gazetteer.Load(Gzip(tsv));

        Assert.Equal(2, gazetteer.Count);
        var country = Assert.Single(gazetteer.Find("testy"));
        Assert.Equal(new GeoPoint(10.5, 20.25), country.Point);
        Assert.Equal("Foo Város", gazetteer.CapitalOf("XX")!.Name);
        Assert.Single(gazetteer.Find("foo varos"));
        Assert.Single(gazetteer.Find("Foo Város"));
    }

    [Fact]
    public void Load_rejects_a_line_with_missing_fields_naming_its_line()
    {
        var ex = Assert.Throws<FormatException>(() => Gazetteer.Load(Gzip("#header\n1\tP\tFoo\n")));

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_rejects_an_unknown_kind_naming_its_line()
    {
        var ex = Assert.Throws<FormatException>(() => Gazetteer.Load(Gzip("1\tX\tFoo\t\t\tXX\t01\t1\t2\t1000\tPPL\n")));

        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Look_ups_from_many_threads_return_the_same_records()
    {
        var found = new GazetteerEntry[16];
        Parallel.For(0, found.Length, i => found[i] = Gazetteer.Default.Find("Saratov").Single(e => e.Kind == GazetteerKind.Place));

        Assert.All(found, e => Assert.Same(found[0], e));
    }

    private static MemoryStream Gzip(string text)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        buffer.Position = 0;
        return buffer;
    }
}
