using Claimtrail.Errors;
using Claimtrail.Media.Evaluation;
using Claimtrail.Media.Tests.Support;
using Claimtrail.Tests.Support;

namespace Claimtrail.Media.Tests;

public sealed class VideoEvaluatorTests
{
    [FfmpegFact]
    public async Task Clips_made_from_a_test_set_s_originals_find_their_reencoded_resized_cropped_mirrored_and_cut_copies_and_not_each_other()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf(MediaTestSet.Originals));
        for (var i = 0; i < 6; i++)
        {
            using var photo = TestImages.Photo(100 + i, 1200, 800);
            folder.File(Path.Combine(MediaTestSet.Originals, $"photo{i}.jpg"), TestImages.Jpeg(photo));
        }

        var failures = new List<string>();
        var clips = await VideoTestSet.BuildAsync(folder.Path, failures.Add, CancellationToken.None);
        var result = await VideoEvaluator.EvaluateAsync(folder.Path, 80, failures.Add, CancellationToken.None);

        Assert.Empty(failures);
        Assert.Equal(2, clips);
        Assert.Equal((2, 1L, 0L), (result.Originals, result.DistinctPairs, result.FalseMatches));
        Assert.InRange(result.MeanKeyframes, 2, 4);
        foreach (var transform in (VideoTransform[])[VideoTransform.Reencode, VideoTransform.Resize50, VideoTransform.Crop10, VideoTransform.Mirror, VideoTransform.Colour, VideoTransform.Excerpt])
        {
            var score = result.Scores.Single(s => s.Transform == transform);
            Assert.True((score.Copies, score.Matched, score.WrongMatches) == (2, 2, 0), $"{transform}: {score}");
        }
    }

    [Fact]
    public async Task A_folder_without_a_video_set_is_refused_with_how_to_build_one()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<InputException>(() => VideoEvaluator.EvaluateAsync(folder.Path, 80, _ => { }, CancellationToken.None));

        Assert.Contains("build one with --videos", error.Reason, StringComparison.Ordinal);
    }
}
