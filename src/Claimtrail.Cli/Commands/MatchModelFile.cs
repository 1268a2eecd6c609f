using Claimtrail.Errors;
using Claimtrail.Matching;

namespace Claimtrail.Cli.Commands;

/// <summary>Reads a match model file, turning file-system failures into input errors.</summary>
internal static class MatchModelFile
{
    public static MatchModel Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return MatchModel.Load(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot be read: " + ex.Message, innerException: ex);
        }
    }
}
