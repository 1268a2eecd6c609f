using System.Text;
using Claimtrail.Errors;
using Claimtrail.Ledger;
using Claimtrail.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Pages;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Security.DeskAuth.ReviewerPolicy)]
public sealed class IngestModel(IngestService ingest, MediaUploadService media, IOptions<DeskOptions> options) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(Name = "Url")]
    public string? Address { get; set; }

    public IReadOnlyList<IngestResult> Results { get; private set; } = [];

    /// <summary>The photo or video just uploaded, with where the ledger had seen it before.</summary>
    public MediaUploadResult? Media { get; private set; }

    public string? Error { get; private set; }

    public bool AllowsPrivate => options.Value.AllowPrivateFetch;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Address))
        {
            if (Upload is { Length: > 0 } || !string.IsNullOrWhiteSpace(Text))
            {
                return Fail("Give a URL, a file or pasted text, one at a time.");
            }

            return await StoreAsync(() => ingest.IngestUrlAsync(Address, cancellationToken)).ConfigureAwait(false);
        }

        var limit = options.Value.MaxReportBytes;
        string source;
        string content;
        if (Upload is { Length: > 0 } && await IsMediaAsync(Upload, cancellationToken).ConfigureAwait(false))
        {
            return await StoreMediaAsync(Upload, cancellationToken).ConfigureAwait(false);
        }

        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > limit)
            {
                return Fail($"The file is larger than {limit / 1024} KB.");
            }

            source = Path.GetFileName(Upload.FileName);
            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            content = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!string.IsNullOrWhiteSpace(Text))
        {
            if (Encoding.UTF8.GetByteCount(Text) > limit)
            {
                return Fail($"The text is longer than {limit / 1024} KB.");
            }

            source = string.IsNullOrWhiteSpace(Name) ? "pasted text" : Name.Trim();
            content = Text;
        }
        else
        {
            return Fail("Give the report's URL, choose a file or paste its text.");
        }

        return await StoreAsync(async () => [await ingest.IngestAsync(source, content, cancellationToken).ConfigureAwait(false)]).ConfigureAwait(false);
    }

    // A photo or video is told from a text report by its first bytes, never by its name or declared type.
    private static async Task<bool> IsMediaAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        var head = new byte[Claimtrail.Media.MediaSniffer.HeadBytes];
        await using var stream = upload.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return MediaUploadService.IsMedia(head.AsSpan(0, read));
    }

    private async Task<IActionResult> StoreMediaAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(upload.FileName) is { Length: > 0 } file ? file : "upload";
        if (upload.Length > options.Value.MaxMediaBytes)
        {
            return Fail($"{name}: larger than {options.Value.MaxMediaBytes / (1024 * 1024)} MB.");
        }

        try
        {
            await using var stream = upload.OpenReadStream();
            Media = await media.IngestAsync(name, stream, options.Value.MaxMediaBytes, User.Identity?.Name ?? "unknown", cancellationToken).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            return Fail(ex.Message);
        }
        catch (LedgerException ex)
        {
            return Fail(ex.Message);
        }

        return Page();
    }

    private async Task<IActionResult> StoreAsync(Func<Task<IReadOnlyList<IngestResult>>> ingestion)
    {
        try
        {
            Results = await ingestion().ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            return Fail(ex.Message);
        }
        catch (LedgerException ex)
        {
            return Fail(ex.Message);
        }

        return Page();
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
