using Claimtrail.Tests.Support;

namespace Claimtrail.Cli.Tests.Commands;

public sealed class AnalyzeBadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Analyze_reports_each_bad_file_on_one_line_analyses_the_good_one_and_exits_1()
    {
        var missing = _temp.PathOf("missing.txt");
        var folder = Directory.CreateDirectory(_temp.PathOf("a-folder")).FullName;
        var binary = _temp.File("image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        var empty = _temp.File("empty.txt", []);
        var invalid = _temp.File("latin1.txt", [(byte)'n', (byte)'a', (byte)'\xEF', (byte)'v', (byte)'e']);
        var huge = _temp.Sparse("huge.txt", 200L * 1024 * 1024);
        var scripts = _temp.File("scripts.html", "<html><body><script>alert('x')</script><noscript></noscript></body></html>");
        var good = _temp.File("good-report.txt", "The harbour authority said on Monday that the ferry would resume service.");
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await Program.RunAsync(["analyze", missing, folder, binary, empty, invalid, huge, scripts, good], new CliContext(output, errors, IsTerminal: false));

        Assert.Equal(1, exit);
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("claimtrail: ", line, StringComparison.Ordinal));
        AssertLine(lines, missing, "no such file");
        AssertLine(lines, folder, "is a folder");
        AssertLine(lines, binary, "binary file");
        AssertLine(lines, empty, "empty file");
        AssertLine(lines, invalid, "invalid UTF-8 at byte offset 2");
        AssertLine(lines, huge, "file is 200 MB, over the 20 MB size limit");
        AssertLine(lines, scripts, "HTML has no text");
        Assert.DoesNotContain(lines, line => line.Contains(good, StringComparison.Ordinal));
        Assert.Contains(good, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_of_good_files_only_exits_0_with_nothing_on_stderr()
    {
        var good = _temp.File("good.md", "# Ferry\n\nThe harbour authority **said** the ferry would resume service.");
        var errors = new StringWriter();

        var exit = await Program.RunAsync(["analyze", good], new CliContext(new StringWriter(), errors, IsTerminal: false));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors.ToString());
    }

    private static void AssertLine(string[] lines, string file, string reason) =>
        Assert.Single(lines, line => line.StartsWith($"claimtrail: {file}: ", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
}
