using System.Globalization;
using System.Text.RegularExpressions;
using Claimtrail.Ledger;
using Claimtrail.Model;
using Microsoft.AspNetCore.WebUtilities;

namespace Claimtrail.Web.Services;

/// <summary>
/// The claim list's query string (<c>q, status, sort, source, place, from, to, lang, recycled, offset</c>) as the page and the API
/// both read it: checked field by field, each error naming the field and why, and written back into links.
/// </summary>
public sealed partial class ClaimListRequest
{
    private const int MaxFilterLength = 200;

    public string? Q { get; init; }

    public string? Status { get; init; }

    public string? Sort { get; init; }

    public string? Source { get; init; }

    public string? Place { get; init; }

    /// <summary>A UTC day (<c>2024-03-01</c>) or an ISO 8601 time with an offset; the day counts from its start.</summary>
    public string? From { get; init; }

    /// <summary>A UTC day (<c>2024-03-01</c>, that whole day included) or an ISO 8601 time with an offset (excluded).</summary>
    public string? To { get; init; }

    public string? Lang { get; init; }

    /// <summary><c>1</c> (or <c>true</c>, <c>on</c>): only claims stated in reports with possibly recycled media.</summary>
    public string? Recycled { get; init; }

    /// <summary>True when <see cref="Recycled"/> asks for the recycled-media filter (read by <see cref="ToQuery"/>).</summary>
    public bool OnlyRecycled { get; private set; }

    public string? Offset { get; init; }

    /// <summary>Reads the fields from a request's query string.</summary>
    public static ClaimListRequest Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Get(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        return new ClaimListRequest
        {
            Q = Get("q"),
            Status = Get("status"),
            Sort = Get("sort"),
            Source = Get("source"),
            Place = Get("place"),
            From = Get("from"),
            To = Get("to"),
            Lang = Get("lang"),
            Recycled = Get("recycled"),
            Offset = Get("offset"),
        };
    }

    /// <summary>True when any filter beyond search and sort is set: the page opens its filter panel.</summary>
    public bool HasFilters => !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Source) || !string.IsNullOrWhiteSpace(Place)
        || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To) || !string.IsNullOrWhiteSpace(Lang)
        || !string.IsNullOrWhiteSpace(Recycled);

    /// <summary>The ledger query, or the errors by field name when a field cannot be read.</summary>
    public (ClaimQuery? Query, Dictionary<string, string> Errors) ToQuery(int limit)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var status = Names.Parse<ClaimStatus>(Status);
        if (!string.IsNullOrWhiteSpace(Status) && status is null)
        {
            errors["status"] = "Not a claim status: use one of " + string.Join(", ", Enum.GetValues<ClaimStatus>().Select(Names.Code)) + ".";
        }

        var sort = string.IsNullOrWhiteSpace(Sort) ? ClaimSortOption.All[0] : ClaimSortOption.Find(Sort);
        if (sort is null)
        {
            errors["sort"] = "Not an order: use one of " + string.Join(", ", ClaimSortOption.All.Select(o => o.Code)) + ".";
        }

        CheckLength("q", Q, errors);
        CheckLength("source", Source, errors);
        CheckLength("place", Place, errors);
        if (!string.IsNullOrWhiteSpace(Source) && SourceKey.For(Source).Length == 0)
        {
            errors["source"] = "A source name needs at least one letter or digit.";
        }

        var from = Time("from", From, endOfDay: false, errors);
        var to = Time("to", To, endOfDay: true, errors);
        if (from is not null && to is not null && to <= from)
        {
            errors["to"] = "Must be after from.";
        }

        var language = string.IsNullOrWhiteSpace(Lang) ? null : Lang.Trim();
        if (language is not null && !LanguageCode().IsMatch(language))
        {
            errors["lang"] = "Not a language code: use two or three lower-case letters (ISO 639), such as en or ru.";
        }

        OnlyRecycled = false;
        if (!string.IsNullOrWhiteSpace(Recycled))
        {
            switch (Recycled.Trim())
            {
                case "1" or "true" or "on":
                    OnlyRecycled = true;
                    break;
                case "0" or "false" or "off":
                    break;
                default:
                    errors["recycled"] = "Use 1 (only claims with possibly recycled media) or 0.";
                    break;
            }
        }

        var offset = 0;
        if (!string.IsNullOrWhiteSpace(Offset) && (!int.TryParse(Offset, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            errors["offset"] = "Must be a whole number, 0 or more.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var query = new ClaimQuery
        {
            Text = Q,
            Status = status,
            Sort = sort!.Sort,
            Source = Blank(Source),
            Place = Blank(Place),
            From = from,
            To = to,
            Language = language,
            Offset = offset,
            Limit = limit,
        };
        return (query, errors);
    }

    /// <summary>A link to the list with these values and another offset; empty values are left out.</summary>
    public string Link(int? offset)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query[name] = value.Trim();
            }
        }

        Add("q", Q);
        Add("status", Status);
        Add("sort", Sort);
        Add("source", Source);
        Add("place", Place);
        Add("from", From);
        Add("to", To);
        Add("lang", Lang);
        Add("recycled", Recycled);
        if (offset is > 0)
        {
            Add("offset", offset.Value.ToString(CultureInfo.InvariantCulture));
        }

        return QueryHelpers.AddQueryString("/", query);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void CheckLength(string name, string? value, Dictionary<string, string> errors)
    {
        if (value is { Length: > MaxFilterLength })
        {
            errors[name] = $"At most {MaxFilterLength} characters.";
        }
    }

    private static DateTimeOffset? Time(string name, string? value, bool endOfDay, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }

        // A time must state its offset: without one it would mean a different moment on every desk.
        if (value.Length > 10 && (value.EndsWith('Z') || OffsetSuffix().IsMatch(value))
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[name] = "Not a date: use YYYY-MM-DD (a UTC day) or an ISO 8601 time with its offset, such as 2024-03-01T18:00:00+03:00.";
        return null;
    }

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();

    [GeneratedRegex("[+-][0-9]{2}:?[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();
}
