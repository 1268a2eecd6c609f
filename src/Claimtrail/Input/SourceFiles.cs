using Claimtrail.Errors;

namespace Claimtrail.Input;

/// <summary>Opens files of posts for streaming, turning the usual failures into a rejected item that names the file.</summary>
internal static class SourceFiles
{
    public const string Unreadable = "unreadable file";

    public static FileStream? Open(string path, int bufferSize, out RejectedItem? rejected)
    {
        rejected = null;
        try
        {
            if (Directory.Exists(path))
            {
                throw new InputException(path, "is a folder, not a file");
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (InputException ex)
        {
            rejected = new RejectedItem(path, 0, ex, Unreadable);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            rejected = new RejectedItem(path, 0, new InputException(path, "no such file", innerException: ex), Unreadable);
        }
        catch (UnauthorizedAccessException ex)
        {
            rejected = new RejectedItem(path, 0, new InputException(path, "permission denied", innerException: ex), Unreadable);
        }
        catch (IOException ex)
        {
            rejected = new RejectedItem(path, 0, new InputException(path, "cannot be read: " + ex.Message, innerException: ex), Unreadable);
        }

        return null;
    }
}
