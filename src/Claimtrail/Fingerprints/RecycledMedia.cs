namespace Claimtrail.Fingerprints;

/// <summary>
/// Finds possibly recycled media: a report's photo or video that had appeared in the ledger (the same file, or one
/// that looks like it) more than <see cref="Margin"/> before the report was published.
/// </summary>
/// <remarks>
/// A report's time is its published time, else when the ledger stored it. The earlier appearance is the earliest
/// sighting of any matching file by <see cref="MediaSighting.Appeared"/>. The margin leaves room for the same day's
/// reposts of fresh material, which are not recycling.
/// </remarks>
public sealed class RecycledMedia
{
    /// <summary>The default margin: material first seen more than two days before the report is flagged.</summary>
    public static readonly TimeSpan DefaultMargin = TimeSpan.FromDays(2);

    private readonly MediaSearch _search;
    private readonly Dictionary<string, MediaDetail> _media = new(StringComparer.Ordinal);

    /// <summary>Indexes every media file of a ledger.</summary>
    public RecycledMedia(IEnumerable<MediaDetail> media, MediaSearch search, TimeSpan margin)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(search);
        _search = search;
        Margin = margin;
        foreach (var detail in media)
        {
            _media[detail.Media.Sha256] = detail;
            search.Add(detail.Media);
        }
    }

    /// <summary>How much earlier an appearance must be to flag a report's media.</summary>
    public TimeSpan Margin { get; }

    /// <summary>Every media file indexed, by SHA-256.</summary>
    public IReadOnlyDictionary<string, MediaDetail> Media => _media;

    /// <summary>The findings for every report that carried possibly recycled media, by report id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RecycledFinding>> FindAll()
    {
        var byReport = new Dictionary<string, List<RecycledFinding>>(StringComparer.Ordinal);
        foreach (var detail in _media.Values)
        {
            foreach (var sighting in detail.Sightings.Where(s => s.ReportId is not null))
            {
                if (Check(detail, sighting) is { } finding)
                {
                    var list = byReport.TryGetValue(sighting.ReportId!, out var existing) ? existing : byReport[sighting.ReportId!] = [];
                    list.Add(finding);
                }
            }
        }

        return byReport.ToDictionary(p => p.Key, p => (IReadOnlyList<RecycledFinding>)[.. p.Value.OrderBy(f => f.Reference, StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    /// <summary>The finding for one appearance of a file, or null when nothing like it appeared more than the margin before.</summary>
    public RecycledFinding? Check(MediaDetail detail, MediaSighting sighting)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(sighting);
        var at = sighting.Appeared;
        RecycledFinding? earliest = null;
        foreach (var match in _search.Find(MediaProbe.Of(detail.Media)).Append(new MediaMatch(detail.Media.Sha256, detail.Media.Kind, 0, 1, 1)))
        {
            if (!_media.TryGetValue(match.Sha256, out var other))
            {
                continue;
            }

            foreach (var earlier in other.Sightings)
            {
                if (ReferenceEquals(earlier, sighting) || earlier == sighting || at - earlier.Appeared <= Margin)
                {
                    continue;
                }

                if (earliest is null || earlier.Appeared < earliest.Earlier.Appeared)
                {
                    earliest = new RecycledFinding(detail.Media.Sha256, sighting.Reference, earlier, other.Media.Sha256, match.Distance, at - earlier.Appeared);
                }
            }
        }

        return earliest;
    }
}
