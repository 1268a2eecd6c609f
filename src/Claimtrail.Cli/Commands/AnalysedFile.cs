using Claimtrail.Model;

namespace Claimtrail.Cli.Commands;

/// <summary>One input file after reading and analysis, ready to store; or the reason it could not be read.</summary>
/// <param name="File">The path as given.</param>
/// <param name="Report">The analysed report, when the file could be read.</param>
/// <param name="Claims">The claims clustered from the report's mentions.</param>
/// <param name="Error">The error line (file and reason) when it could not.</param>
public sealed record AnalysedFile(string File, Report? Report, IReadOnlyList<Claim> Claims, string? Error);
