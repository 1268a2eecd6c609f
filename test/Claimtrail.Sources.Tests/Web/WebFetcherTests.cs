using System.Net;
using System.Text;
using Claimtrail.Errors;
using Claimtrail.Sources.Tests.Support;
using Claimtrail.Sources.Web;
using Microsoft.AspNetCore.Http;

namespace Claimtrail.Sources.Tests.Web;

public sealed class WebFetcherTests : IAsyncLifetime
{
    private LocalServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_page_on_loopback_is_refused_without_allow_private_and_never_requested()
    {
        _server.Serve("/page", "text/html", Pages.Article);
        using var fetcher = new WebFetcher();

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/page")));

        Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-private", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_host_name_is_checked_after_dns_resolution()
    {
        using var fetcher = new WebFetcher();
        var url = new UriBuilder(_server.Url("/page")) { Host = "localhost" }.Uri;

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(url));

        Assert.Contains("localhost resolves to", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task With_allow_private_the_page_is_fetched_with_a_clear_user_agent()
    {
        _server.Serve("/page", "text/html; charset=utf-8", Pages.Article);
        using var fetcher = new WebFetcher(new WebFetchOptions { AllowPrivate = true });

        var response = await fetcher.FetchAsync(_server.Url("/page"));

        Assert.Equal("text/html", response.ContentType);
        Assert.Contains("northern harbour", Encoding.UTF8.GetString(response.Body), StringComparison.Ordinal);
        Assert.StartsWith("Claimtrail/", _server.Requests.Single().Headers.UserAgent.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.2:{port}/page")]
    public async Task A_redirect_to_a_refused_address_is_checked_again_and_refused(string target)
    {
        _server.Map("/go", context =>
        {
            context.Response.Redirect(target.Replace("{port}", _server.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            return Task.CompletedTask;
        });
        _server.Serve("/page", "text/html", Pages.Article);

        // The guard lets the test server's own address through and refuses every other private one.
        using var fetcher = new WebFetcher(new WebFetchOptions { IsForbidden = a => !a.Equals(IPAddress.Loopback) && AddressGuard.IsForbidden(a), Timeout = TimeSpan.FromSeconds(5) });

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/go")));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Equal(["/go"], _server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_redirect_loop_ends_at_the_redirect_limit()
    {
        _server.Map("/loop", context =>
        {
            context.Response.Redirect("/loop");
            return Task.CompletedTask;
        });
        using var fetcher = new WebFetcher(new WebFetchOptions { AllowPrivate = true, MaxRedirects = 3 });

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/loop")));

        Assert.EndsWith(": more than 3 redirects (a redirect loop?)", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_answers_one_byte_a_second_times_out()
    {
        _server.Map("/slow", async context =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 30 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync("x"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(1000, context.RequestAborted);
            }
        });
        using var fetcher = new WebFetcher(new WebFetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(1.5) });

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/slow")));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_never_ends_is_cut_at_the_size_cap()
    {
        _server.Map("/endless", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.UTF8.GetBytes("<item><title>again</title></item>" + new string(' ', 4000));
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        using var fetcher = new WebFetcher(new WebFetchOptions { AllowPrivate = true, MaxBytes = 256 * 1024 });

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/endless")));

        Assert.Contains("over the 256 KB limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conditional_request_with_the_etag_gets_not_modified()
    {
        _server.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Pages.Rss);
        });
        using var fetcher = new WebFetcher(new WebFetchOptions { AllowPrivate = true });

        var first = await fetcher.FetchAsync(_server.Url("/feed"));
        var second = await fetcher.FetchAsync(_server.Url("/feed"), first.ETag);

        Assert.Equal(("\"v1\"", false), (first.ETag, first.NotModified));
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.100.100.200", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00:ec2::254", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("93.184.215.14", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("2606:4700:4700::1111", false)]
    public void The_guard_refuses_loopback_private_link_local_and_metadata_addresses(string address, bool forbidden)
    {
        Assert.Equal(forbidden, AddressGuard.IsForbidden(IPAddress.Parse(address)));
    }
}
