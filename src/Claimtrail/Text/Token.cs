namespace Claimtrail.Text;

/// <summary>A token as offsets into the text it came from: no substring is copied.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">Its coarse class.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The span the token covers.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
