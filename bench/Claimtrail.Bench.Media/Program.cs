using System.Diagnostics;
using System.Globalization;
using Claimtrail.Media;
using SkiaSharp;

// Hashing speed against plain decoding of the same files, in the same process, on one thread: the ratio is what to
// compare between runs and machines. Images come from a folder of JPEG/PNG/WebP files (for example the originals of a
// test set built by 'claimtrail eval media DIR --build-from …'). 'lookup [--count N] [--queries N]' times near-duplicate
// search among N fingerprints instead (see LookupBench).
if (args.Length >= 1 && args[0] == "lookup")
{
    var count = args.Length >= 3 && args[1] == "--count" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
    var queries = args.Length >= 5 && args[3] == "--queries" ? int.Parse(args[4], CultureInfo.InvariantCulture) : 200;
    return LookupBench.Run(count, queries);
}

if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Claimtrail.Bench.Media FOLDER [--repeat N] | lookup [--count N] [--queries N]");
    return 2;
}

var repeat = args.Length >= 3 && args[1] == "--repeat" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var files = Directory.EnumerateFiles(args[0])
    .Where(f => f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".webp", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal)
    .Select(f => (Path: f, Bytes: File.ReadAllBytes(f)))
    .ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine($"no images in {args[0]}");
    return 2;
}

var megapixels = files.Sum(f =>
{
    using var codec = SKCodec.Create(new SKMemoryStream(f.Bytes));
    return codec.Info.Width * (double)codec.Info.Height / 1e6;
});
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"images: {files.Count} files, {megapixels / files.Count:0.0} megapixels on average, {files.Sum(f => f.Bytes.Length) / 1e6:0.0} MB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"method: one thread, 1 warm-up run then median of {repeat} timed runs"));

var decode = Measure(() =>
{
    foreach (var (_, bytes) in files)
    {
        using var bitmap = SKBitmap.Decode(bytes);
    }
});
var fingerprint = Measure(() =>
{
    foreach (var (path, bytes) in files)
    {
        _ = ImageDecoder.Fingerprint(bytes, path);
    }
});
Report("decode   (SKBitmap.Decode, full size; baseline)", decode);
Report("hash     (ImageDecoder.Fingerprint: header check, scaled decode, luminance, 10 PDQ transforms)", fingerprint);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: hash time / decode time = {fingerprint.TotalSeconds / decode.TotalSeconds:0.00}"));
return 0;

TimeSpan Measure(Action run)
{
    run();
    var times = new List<TimeSpan>();
    for (var i = 0; i < repeat; i++)
    {
        var watch = Stopwatch.StartNew();
        run();
        times.Add(watch.Elapsed);
    }

    times.Sort();
    return times[times.Count / 2];
}

void Report(string name, TimeSpan time) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {time.TotalSeconds:0.000} s, {files.Count / time.TotalSeconds:0.0} images/s"));
