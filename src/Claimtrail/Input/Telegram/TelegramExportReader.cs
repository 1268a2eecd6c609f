using System.Runtime.CompilerServices;
using Claimtrail.Errors;

namespace Claimtrail.Input.Telegram;

/// <summary>
/// Reads a Telegram Desktop JSON export (<c>result.json</c> of one chat, or of the whole account with
/// <c>chats.list</c>) as a stream of items, one per message, in bounded memory: a 2 GB export holds one message
/// at a time. Service messages and messages without text are skipped and counted; a malformed message is
/// rejected with the file and its id and the rest goes on; JSON that cannot be read further (truncated,
/// garbled) ends the file with one rejected item after the messages read before it.
/// </summary>
public static class TelegramExportReader
{
    private const int FileBuffer = 1024 * 1024;

    /// <summary>The items of the export at <paramref name="path"/>.</summary>
    public static async IAsyncEnumerable<InputItem> ReadAsync(string path, DocumentReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var stream = SourceFiles.Open(path, FileBuffer, out var opened);
        if (stream is null)
        {
            yield return opened!;
            yield break;
        }

        var scanner = new TelegramExportScanner(stream, path, options.MaxRecordBytes);
        await using (scanner.ConfigureAwait(false))
        {
            var index = 0;
            while (true)
            {
                InputItem item;
                try
                {
                    if (!await scanner.NextAsync(cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    item = TelegramMessages.ToItem(path, scanner.Position, scanner.Message.Span, scanner.Fields, scanner.Chat, index++, options);
                }
                catch (InputException ex)
                {
                    item = new RejectedItem(path, scanner.Position, ex, "unreadable file");
                    index = -1;
                }
                catch (IOException ex)
                {
                    item = new RejectedItem(path, scanner.Position, new InputException(path, "cannot be read: " + ex.Message, innerException: ex), "unreadable file");
                    index = -1;
                }

                yield return item;
                if (index < 0)
                {
                    yield break;
                }
            }

            if (scanner.Chats == 0)
            {
                yield return new RejectedItem(path, scanner.Position, new InputException(path, "no \"messages\" in this JSON: not a Telegram Desktop export (use --format to say what it is)"), "unreadable file");
            }
        }
    }
}
