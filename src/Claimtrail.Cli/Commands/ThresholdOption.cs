using System.CommandLine;
using System.Globalization;
using Claimtrail.Fingerprints;

namespace Claimtrail.Cli.Commands;

/// <summary>The <c>--threshold</c> option of the media commands: the largest Hamming distance, of 256 bits, that counts as a match.</summary>
public static class ThresholdOption
{
    /// <summary>A new <c>--threshold</c> option, defaulting to <see cref="MediaSearch.DefaultThreshold"/>.</summary>
    public static Option<int> Create()
    {
        var option = new Option<int>("--threshold")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"The largest Hamming distance (of {PerceptualHash.Bits} bits) that counts as a match; default {MediaSearch.DefaultThreshold}."),
            HelpName = "BITS",
            DefaultValueFactory = _ => MediaSearch.DefaultThreshold,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > PerceptualHash.Bits)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--threshold must be between 0 and {PerceptualHash.Bits}."));
            }
        });
        return option;
    }
}
