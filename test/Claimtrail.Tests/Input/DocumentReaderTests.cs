using System.Diagnostics;
using System.Text;
using Claimtrail.Errors;
using Claimtrail.Input;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Input;

public sealed class DocumentReaderTests : IDisposable
{
    private const string Prose = "The harbour authority said on Monday that the ferry would resume service.";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Plain_text_is_read_as_it_is()
    {
        var path = _temp.File("note.txt", Prose + "\n\nA second paragraph.");

        var document = await DocumentReader.ReadFileAsync(path);

        Assert.Equal(DocumentFormat.PlainText, document.Format);
        Assert.Equal(Prose + "\n\nA second paragraph.", document.Text);
        Assert.Equal(path, document.Source);
    }

    [Fact]
    public async Task A_missing_file_is_refused_naming_it()
    {
        var path = _temp.PathOf("nowhere.txt");

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: no such file", error.Message);
        Assert.Equal(path, error.Input);
    }

    [Fact]
    public async Task A_folder_is_refused()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(_temp.Path));

        Assert.Equal($"{_temp.Path}: is a folder, not a file", error.Message);
    }

    [Fact]
    public async Task A_binary_file_with_nul_bytes_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = _temp.File("photo.jpg", bytes);

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.StartsWith($"{path}: binary file", error.Message, StringComparison.Ordinal);
        Assert.Contains("NUL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_mostly_control_characters_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 'a' : 1 + (i % 7))).ToArray();
        var path = _temp.File("blob.dat", bytes);

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.StartsWith($"{path}: binary file (", error.Message, StringComparison.Ordinal);
        Assert.Contains("control characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var path = _temp.File("empty.txt", []);

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: empty file", error.Message);
    }

    [Theory]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    [InlineData("\u00A0\u2003\n")]
    public async Task A_file_of_only_white_space_is_refused(string content)
    {
        var path = _temp.File("blank.txt", Encoding.UTF8.GetBytes(content));

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: empty file (only white space)", error.Message);
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_with_its_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf\u00E9 society ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" more")).ToArray();
        var path = _temp.File("latin.txt", bytes);

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: invalid UTF-8 at byte offset 14 (0xC3)", error.Message);
    }

    [Fact]
    public async Task Invalid_utf8_offset_counts_the_byte_order_mark()
    {
        var path = _temp.File("bom.txt", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xFF });

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: invalid UTF-8 at byte offset 5 (0xFF)", error.Message);
    }

    [Fact]
    public async Task A_truncated_utf8_sequence_at_the_end_is_invalid()
    {
        var path = _temp.File("cut.txt", new byte[] { (byte)'o', (byte)'k', 0xE2, 0x80 });

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: invalid UTF-8 at byte offset 2 (0xE2)", error.Message);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_accepted_and_dropped()
    {
        var path = _temp.File("bom.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Prose)).ToArray());

        var document = await DocumentReader.ReadFileAsync(path);

        Assert.Equal(Prose, document.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Utf16_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var text = "\u201CWe will not comment,\u201D the spokesman said \u2014 twice.";
        var path = _temp.File("utf16.txt", encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());

        var document = await DocumentReader.ReadFileAsync(path);

        Assert.Equal(text, document.Text);
    }

    [Fact]
    public async Task Utf16_without_a_byte_order_mark_is_refused_as_binary_with_a_hint()
    {
        var path = _temp.File("utf16.txt", Encoding.Unicode.GetBytes(Prose));

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Contains("byte-order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_MB_file_is_refused_from_its_length_without_being_opened()
    {
        var path = _temp.Sparse("huge.txt", 200L * 1024 * 1024);
        var clock = Stopwatch.StartNew();

        // Held open without sharing: a reader that opened the file would fail with a sharing error instead.
        InputException error;
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Throws<IOException>(() => File.OpenRead(path).Dispose());
            error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));
        }

        Assert.Equal($"{path}: file is 200 MB, over the 20 MB size limit", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_size_cap_is_configurable()
    {
        var path = _temp.File("small.txt", new string('a', 2048));

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path, new DocumentReaderOptions { MaxBytes = 1024 }));

        Assert.Equal($"{path}: file is 2 KB, over the 1 KB size limit", error.Message);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    public async Task A_size_cap_outside_what_an_array_can_hold_is_a_programming_error(long maxBytes)
    {
        var path = _temp.File("any.txt", Prose);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => DocumentReader.ReadFileAsync(path, new DocumentReaderOptions { MaxBytes = maxBytes }));
    }

    [Fact]
    public async Task A_stream_longer_than_it_says_is_cut_off_at_the_cap_without_loading_it()
    {
        using var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadCappedAsync("pipe", endless, 1024 * 1024, CancellationToken.None));

        Assert.StartsWith("pipe: file is over the 1 MB size limit", error.Message, StringComparison.Ordinal);
        Assert.InRange(endless.Served, 1024 * 1024, (1024 * 1024) + (64 * 1024));
    }

    [Fact]
    public async Task Html_gives_the_article_text_and_title_without_scripts_or_handlers()
    {
        var html = """
            <!DOCTYPE html>
            <html><head><title>Ferry service resumes | Harbour News</title>
            <script>var secret = "SCRIPT-IN-HEAD";</script>
            <style>body { color: red } .STYLE-TEXT {}</style></head>
            <body onload="alert('ONLOAD-HANDLER')">
            <nav><a href="/">Home</a> <a href="javascript:alert('JS-URL')">Menu</a></nav>
            <article>
            <h1>Ferry service resumes</h1>
            <p>The harbour authority said on Monday that the ferry would resume service after the storm,
            according to a statement published on its website.</p>
            <script>document.write("SCRIPT-IN-BODY")</script>
            <p onclick="steal('CLICK-HANDLER')">Officials told reporters that the pier had been inspected twice
            and that no damage was found to the hull of the vessel or to the loading ramps.</p>
            <noscript>NOSCRIPT-TEXT</noscript>
            <p>Passengers are asked to <a href="javascript:void('JS-LINK')">check the timetable</a> before travelling,
            the authority added in its statement on Monday afternoon.</p>
            <iframe src="https://example.invalid/ad">IFRAME-TEXT</iframe>
            <svg><text>SVG-TEXT</text></svg>
            <template>TEMPLATE-TEXT</template>
            </article>
            </body></html>
            """;
        var path = _temp.File("ferry.html", html);

        var document = await DocumentReader.ReadFileAsync(path);

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Contains("The harbour authority said on Monday", document.Text, StringComparison.Ordinal);
        Assert.Contains("check the timetable", document.Text, StringComparison.Ordinal);
        Assert.Contains("Ferry service resumes", document.Title ?? string.Empty, StringComparison.Ordinal);
        foreach (var leak in new[] { "SCRIPT", "STYLE", "ONLOAD", "JS-URL", "JS-LINK", "CLICK", "NOSCRIPT", "IFRAME", "SVG", "TEMPLATE", "javascript", "alert", "document.write" })
        {
            Assert.DoesNotContain(leak, document.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Html_without_an_article_falls_back_to_body_text_with_blocks_as_paragraphs()
    {
        var html = "<html><body><div>First block</div><script>alert('X-SCRIPT')</script><p>Second <b>block</b></p><ul><li>one</li><li>two</li></ul></body></html>";
        var path = _temp.File("short.htm", html);

        var document = await DocumentReader.ReadFileAsync(path);

        var paragraphs = document.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["First block", "Second block", "one", "two"], paragraphs);
    }

    [Fact]
    public async Task Html_with_nothing_but_scripts_is_refused()
    {
        var html = "<!doctype html><html><head><script>alert(1)</script></head><body><script>var x = 'text';</script><style>p{}</style>  </body></html>";
        var path = _temp.File("scripts.html", html);

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: HTML has no text once scripts, styles and markup are removed", error.Message);
    }

    [Fact]
    public async Task Markdown_with_no_prose_is_refused()
    {
        var path = _temp.File("images.md", "![chart](chart.png)\n\n<script>alert(1)</script>\n");

        var error = await Assert.ThrowsAsync<InputException>(() => DocumentReader.ReadFileAsync(path));

        Assert.Equal($"{path}: Markdown has no prose once markup is removed", error.Message);
    }

    [Fact]
    public async Task Html_is_recognised_by_content_whatever_the_extension()
    {
        var path = _temp.File("saved-page.txt", "<!DOCTYPE html><html><body><p>Hello from a page.</p></body></html>");

        var document = await DocumentReader.ReadFileAsync(path);

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal("Hello from a page.", document.Text.Trim());
    }

    [Fact]
    public async Task Markdown_keeps_the_prose_and_drops_the_markup()
    {
        var markdown = """
            ---
            author: desk
            ---
            # Ferry service resumes

            The harbour authority **said** on Monday that the ferry would
            resume service, according to [a statement](https://example.invalid/statement "title").

            ![a photo of the pier](pier.jpg)

            - Officials told reporters the pier was *inspected*.
            - Passengers should check `the timetable`.

            > "We expect no delays," a spokesman said.

            <script>alert('MD-SCRIPT')</script>

            Inline <span>html</span> and <script>steal('MD-INLINE')</script> end.
            """;
        var path = _temp.File("ferry.md", markdown);

        var document = await DocumentReader.ReadFileAsync(path);

        Assert.Equal(DocumentFormat.Markdown, document.Format);
        Assert.Equal("Ferry service resumes", document.Title);
        var paragraphs = document.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                "Ferry service resumes",
                "The harbour authority said on Monday that the ferry would resume service, according to a statement.",
                "Officials told reporters the pier was inspected.",
                "Passengers should check the timetable.",
                "\"We expect no delays,\" a spokesman said.",
                "Inline html and end.",
            ],
            paragraphs.Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        Assert.DoesNotContain("desk", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes", "# Heading\n\nSome **bold** words.", DocumentFormat.Markdown)]
    [InlineData("notes", "Just a line of prose.\nAnd another.", DocumentFormat.PlainText)]
    [InlineData("report.txt", "# Not a heading in a text file\n\nSome **bold** words.", DocumentFormat.PlainText)]
    [InlineData("https://news.example/story.html", "<p>One</p><p>Two</p>", DocumentFormat.Html)]
    [InlineData("pasted", "<div><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p></div>", DocumentFormat.Html)]
    public void Text_given_directly_is_read_in_the_detected_format(string source, string content, DocumentFormat expected)
    {
        var document = DocumentReader.ReadText(source, content);

        Assert.Equal(expected, document.Format);
        Assert.Equal(source, document.Source);
    }

    [Fact]
    public void Text_given_directly_that_is_blank_is_refused_naming_its_source()
    {
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadText("pasted text", " \n "));

        Assert.Equal("pasted text: empty text (only white space)", error.Message);
    }
}
