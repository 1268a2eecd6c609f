namespace Claimtrail.Extraction.Learned;

/// <summary>Exact first-order decoding over a few labels.</summary>
internal static class Viterbi
{
    /// <summary>A score low enough to rule a label or transition out.</summary>
    public const float Forbidden = -1e9f;

    /// <summary>
    /// Best label sequence for <paramref name="emissions"/> (<c>n * labels</c>) under
    /// <paramref name="table"/>'s transitions plus <paramref name="transitionMask"/> (same layout, added).
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, WeightTable table, ReadOnlySpan<float> transitionMask, Span<int> output)
    {
        var labels = table.Labels;
        if (n == 0)
        {
            return;
        }

        var trans = table.Transitions;
        Span<float> previous = stackalloc float[labels];
        Span<float> current = stackalloc float[labels];
        var back = n * labels <= 4096 ? stackalloc int[n * labels] : new int[n * labels];
        for (var y = 0; y < labels; y++)
        {
            var t = labels * labels + y;
            previous[y] = emissions[y] + trans[t] + transitionMask[t];
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < labels; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < labels; p++)
                {
                    var t = p * labels + y;
                    var s = previous[p] + trans[t] + transitionMask[t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                current[y] = best + emissions[i * labels + y];
                back[i * labels + y] = arg;
            }

            current.CopyTo(previous);
        }

        var last = 0;
        for (var y = 1; y < labels; y++)
        {
            if (previous[y] > previous[last])
            {
                last = y;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            output[i] = last;
            last = back[i * labels + last];
        }
    }
}
