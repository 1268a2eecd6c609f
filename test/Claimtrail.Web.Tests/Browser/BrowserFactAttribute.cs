using Claimtrail.Tests.Support;

namespace Claimtrail.Web.Tests.Browser;

/// <summary>
/// A test in a real headless Chromium (Debian's <c>chromium</c>, driven by Playwright). Skipped, saying why, only
/// on a developer machine without <c>/usr/bin/chromium</c>; under CI (the CI variable set) it always runs, so a
/// missing browser fails the build instead of hiding the tests. Optionally needs a file under <c>../shared</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute(string? sharedFile = null)
    {
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        if (!ci && !File.Exists(Chromium))
        {
            Skip = $"{Chromium} is absent (install it with: apt-get install -y chromium); CI installs it and runs these tests";
        }
        else if (sharedFile is not null && SharedData.Find(sharedFile) is null)
        {
            Skip = $"../shared/{sharedFile} is absent: the licence-restricted data sits beside the repository, never in it";
        }
    }
}
