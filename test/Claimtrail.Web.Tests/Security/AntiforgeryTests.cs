using System.Text.RegularExpressions;
using Claimtrail.Web.Tests.Support;

namespace Claimtrail.Web.Tests.Security;

public sealed partial class AntiforgeryTests : IDisposable
{
    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Every_post_form_on_every_page_carries_an_anti_forgery_token()
    {
        var result = await _desk.IngestAsync("harbour.txt", Reports.Harbour);
        var client = _desk.Client();
        var pages = new[] { "/", "/ingest", "/claims/" + result.Claims[0].Id, "/sources/institution/port%20authority" };
        var anonymous = await _desk.AnonymousClient().GetPageAsync("/signin");

        foreach (var html in (await Task.WhenAll(pages.Select(client.GetPageAsync))).Append(anonymous))
        {
            foreach (Match form in PostForm().Matches(html))
            {
                Assert.Contains("name=\"__RequestVerificationToken\"", form.Value, StringComparison.Ordinal);
            }

            Assert.True(PostForm().Count(html) > 0);
        }
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();
}
