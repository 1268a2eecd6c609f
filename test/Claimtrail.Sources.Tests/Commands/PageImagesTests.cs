using System.Buffers.Binary;
using System.Text.Json;
using Claimtrail.Cli;
using Claimtrail.Cli.Tests.Support;
using Claimtrail.Media.Tests.Support;
using Claimtrail.Sources.Tests.Support;
using Claimtrail.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Claimtrail.Sources.Tests.Commands;

/// <summary><c>claimtrail ingest URL --images</c>: a page's article images fetched, fingerprinted and stored as evidence of its report.</summary>
public sealed class PageImagesTests : IAsyncLifetime, IDisposable
{
    private const string Page = """
        <!doctype html>
        <html><head><title>Harbour closes | Desk Weekly</title><meta property="og:site_name" content="Desk Weekly">
        <meta property="og:image" content="/img/harbour.jpg"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Harbour closes</h1>
        <p>The port authority said on Monday that the northern harbour will close for repairs for at least three weeks, starting in March.</p>
        <figure><img src="/img/harbour.jpg" alt="The northern pier"><figcaption>The northern pier on Sunday.</figcaption></figure>
        <p>A union spokesman claimed that dockworkers were not consulted, and residents said the ferry timetable would change again.</p>
        <p>Photos circulated on social media allegedly show cracks in the northern pier, which engineers have not confirmed.</p>
        <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/cracks.png" alt="Cracks"></figure>
        <p>The harbour master told reporters that ships bound for the northern quays would be sent to the southern basin, where two berths were cleared last week, and that pilots had been briefed on the new approach.</p>
        <figure><img src="/img/truncated.jpg"><img src="/img/bomb.png"><img src="/img/notes.jpg"><img src="/img/gone.jpg"></figure>
        <p>Shop owners on the waterfront said that the closure would cost them the busiest weeks of the spring, and the city council announced that it would discuss compensation at its next meeting on Thursday.</p>
        </article></body></html>
        """;

    private readonly TempFolder _folder = new();
    private LocalServer _server = null!;

    private string Db => _folder.PathOf("ledger.db");

    public async Task InitializeAsync() => _server = await LocalServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_url_with_images_stores_the_article_s_photos_as_evidence_and_names_each_bad_one()
    {
        using var photo = TestImages.Photo(41, 900, 600);
        var harbour = TestImages.Jpeg(photo);
        using var other = TestImages.Photo(42, 800, 600);
        _server.Serve("/article", "text/html; charset=utf-8", Page);
        Bytes("/img/harbour.jpg", "image/jpeg", harbour);

        // A JPEG behind a .png name and an image/png type: the content decides.
        Bytes("/img/cracks.png", "image/png", TestImages.Jpeg(other));
        Bytes("/img/truncated.jpg", "image/jpeg", harbour[..(harbour.Length / 2)]);
        Bytes("/img/bomb.png", "image/png", PngHeader(100_000, 100_000));
        Bytes("/img/notes.jpg", "image/jpeg", "these are notes, not a photo"u8.ToArray());
        var url = _server.Url("/article").AbsoluteUri;
        string Image(string path) => _server.Url(path).AbsoluteUri;

        var run = await CliRun.RunAsync("ingest", url, "--images", "--allow-private", "--db", Db);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"claimtrail: {url}: media {Image("/img/truncated.jpg")}: truncated image: the file ends before the picture does", run.ErrorLines);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"claimtrail: {url}: media {Image("/img/bomb.png")}: image too large: 100000×100000", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"claimtrail: {url}: media {Image("/img/notes.jpg")}: not a photo or video", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"claimtrail: {url}: media {Image("/img/gone.jpg")}: ", StringComparison.Ordinal) && l.Contains("404", StringComparison.Ordinal));
        Assert.Equal("claimtrail: ingest: 5 read, 1 new, 0 duplicate, 4 failed (4 unreadable media)", run.ErrorLines[^1]);

        // Each image once, although the page names the lead photo twice; nothing outside http(s) is fetched.
        Assert.Single(_server.Requests, r => r.Path == "/img/harbour.jpg");
        var found = await CliRun.RunAsync("media", "find", _folder.File("copy.jpg", TestImages.Jpeg(photo, 50)), "--json", "--db", Db);
        using var document = JsonDocument.Parse(found.Out);
        var match = Assert.Single(document.RootElement.GetProperty("results")[0].GetProperty("matches").EnumerateArray());
        var appearance = Assert.Single(match.GetProperty("appearances").EnumerateArray());
        Assert.Equal(Image("/img/harbour.jpg"), appearance.GetProperty("reference").GetString());
        Assert.Equal(url, appearance.GetProperty("source").GetString());
        var lying = await CliRun.RunAsync("media", "find", _folder.File("cracks.jpg", TestImages.Jpeg(other)), "--json", "--db", Db);
        using var lyingDocument = JsonDocument.Parse(lying.Out);
        Assert.Equal("image", lyingDocument.RootElement.GetProperty("results")[0].GetProperty("matches")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Without_images_a_page_s_images_are_not_fetched()
    {
        _server.Serve("/article", "text/html; charset=utf-8", Page);

        var run = await CliRun.RunAsync("ingest", _server.Url("/article").AbsoluteUri, "--allow-private", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["/article"], _server.Requests.Select(r => r.Path));
    }

    private void Bytes(string path, string contentType, byte[] body) => _server.Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    });

    // A PNG whose header claims the given size, followed by an empty image stream: a decompression bomb's calling card.
    private static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), ~crc);
        return chunk;
    }
}
