namespace Claimtrail.Extraction.Learned;

/// <summary>
/// How often each word form and stem was part of a cue in the training data, against how often it
/// occurred at all. The rate, bucketed, is a feature shared by all words: a predicate that was a cue in
/// three of its five training occurrences gets the same push as a frequent one, which identity features
/// learned from three examples do not give. Training documents see the counts of the other documents
/// only (leave one document out), so the rate is as uninformed about a document as it is at inference.
/// </summary>
internal sealed class CueStatistics
{
    private readonly Dictionary<ulong, (int Cue, int Total)> _counts;

    public CueStatistics(Dictionary<ulong, (int Cue, int Total)> counts) => _counts = counts;

    public IReadOnlyDictionary<ulong, (int Cue, int Total)> Counts => _counts;

    /// <summary>Counts of one document: word and stem hashes of every token, and which tokens are in cues.</summary>
    public static Dictionary<ulong, (int Cue, int Total)> CountDocument(TokenView view, ReadOnlySpan<int> cueLabels)
    {
        var counts = new Dictionary<ulong, (int Cue, int Total)>();
        for (var i = 0; i < view.Count; i++)
        {
            var cue = cueLabels[i] != 0 ? 1 : 0;
            Add(counts, view.Word[i], cue, 1);
            if (view.Stem[i] != view.Word[i])
            {
                Add(counts, view.Stem[i], cue, 1);
            }
        }

        return counts;
    }

    public static void Add(Dictionary<ulong, (int Cue, int Total)> into, ulong key, int cue, int total)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(into, key, out _);
        slot = (slot.Cue + cue, slot.Total + total);
    }

    /// <summary>Keeps what is worth shipping: forms seen as a cue, or seen often enough for "never a cue" to mean something.</summary>
    public CueStatistics Pruned(int minTotal)
    {
        var kept = new Dictionary<ulong, (int Cue, int Total)>();
        foreach (var (key, value) in _counts.OrderBy(p => p.Key))
        {
            if (value.Cue > 0 || value.Total >= minTotal)
            {
                kept[key] = value;
            }
        }

        return new CueStatistics(kept);
    }

    /// <summary>Sets <see cref="TokenView.WordRate"/> and <see cref="TokenView.StemRate"/>, minus <paramref name="exclude"/>'s counts.</summary>
    public void Annotate(TokenView view, Dictionary<ulong, (int Cue, int Total)>? exclude = null)
    {
        for (var i = 0; i < view.Count; i++)
        {
            view.WordRate[i] = Rate(view.Word[i], exclude);
            view.StemRate[i] = Rate(view.Stem[i], exclude);
        }
    }

    private ulong Rate(ulong key, Dictionary<ulong, (int Cue, int Total)>? exclude)
    {
        _counts.TryGetValue(key, out var counts);
        if (exclude is not null && exclude.TryGetValue(key, out var own))
        {
            counts = (counts.Cue - own.Cue, counts.Total - own.Total);
        }

        if (counts.Total <= 0)
        {
            return 0;
        }

        var ratio = (double)counts.Cue / counts.Total;
        ulong rate = ratio switch
        {
            0 => 1,
            < 0.02 => 2,
            < 0.05 => 3,
            < 0.1 => 4,
            < 0.2 => 5,
            < 0.35 => 6,
            < 0.5 => 7,
            < 0.7 => 8,
            _ => 9,
        };
        ulong support = counts.Cue switch
        {
            0 => counts.Total < 5 ? 0ul : 1ul,
            1 => 2,
            2 => 3,
            <= 5 => 4,
            <= 10 => 5,
            _ => 6,
        };
        return rate * 8 + support;
    }
}
