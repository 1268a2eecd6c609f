using Claimtrail.Tests.Support;
using Claimtrail.Users;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimtrail.Web.Tests.Browser;

/// <summary>The desk on a real Kestrel port over a fresh SQLite file, and a headless Chromium to drive it.</summary>
public sealed class DeskServer : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private readonly TempFolder _folder = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string Url { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public static async Task<DeskServer> StartAsync()
    {
        var server = new DeskServer();
        server._app = DeskApp.Create(["--urls", "http://127.0.0.1:0", "--Desk:Database", server._folder.PathOf("ledger.db"), "--Logging:LogLevel:Default", "Warning"]);
        await server._app.StartAsync();
        server.Url = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await server.Services.GetRequiredService<Accounts>().AddAsync("ana", DeskRole.Reviewer, Password, CancellationToken.None);
        server._playwright = await Playwright.CreateAsync();
        server.Browser = await server._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return server;
    }

    /// <summary>A new page, signed in as the reviewer through the sign-in form, that records every dialog and page error.</summary>
    public async Task<(IPage Page, List<string> Incidents)> SignedInPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var incidents = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            incidents.Add("dialog: " + dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => incidents.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                incidents.Add("console error: " + message.Text + " at " + message.Location);
            }
        };
        await page.GotoAsync(Url + "/signin");
        await ScreenshotAsync(page, "0-signin");
        await page.FillAsync("#name", "ana");
        await page.FillAsync("#password", Password);
        // The wait is armed before the click: a navigation that ends before a later wait starts would be missed.
        var signedIn = page.WaitForURLAsync(Url + "/");
        await page.ClickAsync("form.panel button[type=submit]");
        await signedIn;
        return (page, incidents);
    }

    /// <summary>Saves a full-page screenshot when CLAIMTRAIL_SCREENSHOTS names a folder (for people to look at the pages).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CLAIMTRAIL_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}
