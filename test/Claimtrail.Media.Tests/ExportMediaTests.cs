using Claimtrail.Tests.Support;

namespace Claimtrail.Media.Tests;

public sealed class ExportMediaTests
{
    [Fact]
    public void A_path_inside_the_export_resolves_and_paths_that_leave_it_are_refused()
    {
        using var folder = new TempFolder();
        var export = Directory.CreateDirectory(folder.PathOf("export")).FullName;
        Directory.CreateDirectory(Path.Combine(export, "photos"));
        File.WriteAllText(Path.Combine(export, "photos", "photo_1.jpg"), "x");
        var secret = folder.File("secret.txt", "outside");
        File.CreateSymbolicLink(Path.Combine(export, "photos", "link.jpg"), secret);
        Directory.CreateSymbolicLink(Path.Combine(export, "out"), folder.Path);

        Assert.Equal(Path.Combine(export, "photos", "photo_1.jpg"), ExportMedia.Resolve(export, "photos/photo_1.jpg", out _));
        foreach (var (reference, reason) in new[]
        {
            ("../secret.txt", "leaves the export"),
            ("photos/../../secret.txt", "leaves the export"),
            (secret, "absolute path"),
            ("photos/link.jpg", "points outside"),
            ("out/secret.txt", "points outside"),
            ("photos/missing.jpg", "not in the export"),
        })
        {
            Assert.Null(ExportMedia.Resolve(export, reference, out var why));
            Assert.Contains(reason, why, StringComparison.Ordinal);
        }
    }
}
