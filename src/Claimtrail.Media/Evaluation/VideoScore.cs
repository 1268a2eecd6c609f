namespace Claimtrail.Media.Evaluation;

/// <summary>How a video transformation's copies fared.</summary>
/// <param name="Transform">The transformation.</param>
/// <param name="Copies">Copies searched.</param>
/// <param name="Matched">Copies whose original clip was among their matches.</param>
/// <param name="WrongMatches">Other clips the copies matched.</param>
/// <param name="FrameShare">Of all the copies' keyframes, the share that matched a keyframe of their original.</param>
/// <param name="MeanKeyframes">Keyframes per copy, on average.</param>
public sealed record VideoScore(VideoTransform Transform, int Copies, int Matched, int WrongMatches, double FrameShare, double MeanKeyframes)
{
    /// <summary>The share of copies matched to their original.</summary>
    public double MatchedShare => Copies == 0 ? 0 : (double)Matched / Copies;
}
