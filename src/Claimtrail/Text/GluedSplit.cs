namespace Claimtrail.Text;

/// <summary>A word that glued-word repair splits in two: a space goes before <see cref="At"/>.</summary>
/// <param name="Start">Offset of the glued word in the text it was found in.</param>
/// <param name="Length">Its length.</param>
/// <param name="At">Offset inside the word where the second word starts.</param>
internal readonly record struct GluedSplit(int Start, int Length, int At);
