namespace Claimtrail.Text;

/// <summary>What <see cref="TextNormalizer"/> does with a character.</summary>
internal enum WhitespaceClass
{
    /// <summary>Kept as it is.</summary>
    Keep,

    /// <summary>A space of any kind, or a tab: one plain space, runs collapsed.</summary>
    Space,

    /// <summary>A line end.</summary>
    Newline,

    /// <summary>A paragraph separator: a blank line.</summary>
    Paragraph,

    /// <summary>An invisible control or format character: removed.</summary>
    Drop,
}
