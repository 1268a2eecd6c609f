namespace Claimtrail.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into a report's normalised text.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="end"/> is exclusive.</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First offset in the span.</summary>
    public int Start { get; }

    /// <summary>Offset just past the span.</summary>
    public int End { get; }

    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the offset lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two spans share at least one offset.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The text this span covers.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>The same span as a read-only slice, with no copy.</summary>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
