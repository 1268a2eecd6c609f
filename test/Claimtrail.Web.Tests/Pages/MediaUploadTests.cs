using System.Net;
using System.Net.Http.Headers;
using Claimtrail.Ledger;
using Claimtrail.Media.Tests.Support;
using Claimtrail.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claimtrail.Web.Tests.Pages;

/// <summary>A photo uploaded on the ingest page is fingerprinted, stored, and answered with where the ledger saw it before.</summary>
public sealed class MediaUploadTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task An_uploaded_photo_is_stored_and_a_resized_copy_of_it_is_answered_with_the_first_upload()
    {
        var client = _desk.Client();
        using var photo = TestImages.Photo(51, 800, 600);
        using var small = TestImages.Resize(photo, 0.5);

        var first = await UploadAsync(client, "roof.jpg", TestImages.Jpeg(photo), "image/jpeg");
        // The name and declared type lie: the content decides.
        var copy = await UploadAsync(client, "copy.txt", TestImages.Jpeg(small, 40), "text/plain");

        Assert.Contains("Stored.", first, StringComparison.Ordinal);
        Assert.Contains("Not seen before in this ledger.", first, StringComparison.Ordinal);
        Assert.Contains("Seen before", copy, StringComparison.Ordinal);
        Assert.Contains("desk upload roof.jpg by ana", copy, StringComparison.Ordinal);
        var media = new List<string>();
        await foreach (var detail in _desk.Services.GetRequiredService<ILedger>().ListMediaAsync())
        {
            media.Add(string.Join(" | ", detail.Sightings.Select(s => s.Reference)));
        }

        Assert.Equal(["desk upload roof.jpg by ana", "desk upload copy.txt by ana"], media);
    }

    [Fact]
    public async Task A_broken_photo_is_refused_with_its_name_and_nothing_is_stored()
    {
        var client = _desk.Client();
        using var photo = TestImages.Photo(52);
        var truncated = TestImages.Jpeg(photo)[..600];

        var page = await UploadAsync(client, "broken.jpg", truncated, "image/jpeg", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("broken.jpg", page, StringComparison.Ordinal);
        await foreach (var detail in _desk.Services.GetRequiredService<ILedger>().ListMediaAsync())
        {
            Assert.Fail("stored: " + detail.Media.Sha256);
        }
    }

    private static async Task<string> UploadAsync(HttpClient client, string name, byte[] bytes, string type, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var token = Forms.Token(await client.GetPageAsync("/ingest"));
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "Upload", name);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        using var response = await client.PostAsync("/ingest", form);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, page);
        return page;
    }
}
