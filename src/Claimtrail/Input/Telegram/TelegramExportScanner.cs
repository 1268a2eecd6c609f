using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;

namespace Claimtrail.Input.Telegram;

/// <summary>
/// Walks a Telegram Desktop export with <see cref="Utf8JsonReader"/> over a sliding buffer and hands out one
/// message object at a time, as its bytes in the buffer, with the chat it belongs to. Works for the export of one
/// chat (<c>{name, type, id, messages: […]}</c>) and of the whole account (<c>{…, chats: {list: [{name, type, id,
/// messages}…]}}</c>): any <c>messages</c> array is a chat's. Memory is the buffer, which grows only to hold the
/// largest single message (capped), whatever the file's size.
/// </summary>
internal sealed class TelegramExportScanner : IAsyncDisposable
{
    private const int InitialBuffer = 256 * 1024;

    private readonly Stream _stream;
    private readonly string _path;
    private readonly int _maxRecordBytes;
    private readonly TelegramMessageFields _fields = new();
    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private long _offset;
    private bool _final;
    private JsonReaderState _state;
    private Property _property;
    private int _messagesDepth = -1;
    private string? _chatName;
    private string? _chatId;
    private string? _chatType;
    private TelegramChat? _chat;

    public TelegramExportScanner(Stream stream, string path, int maxRecordBytes)
    {
        _stream = stream;
        _path = path;
        _maxRecordBytes = maxRecordBytes;
    }

    private enum Property
    {
        Other,
        Messages,
        Name,
        Id,
        Type,
    }

    private enum Step
    {
        Found,
        NeedMore,
        End,
    }

    /// <summary>Bytes of the file dealt with so far.</summary>
    public long Position => _offset + _start;

    /// <summary>How many <c>messages</c> arrays were met.</summary>
    public int Chats { get; private set; }

    /// <summary>The message found by the last <see cref="NextAsync"/>: its bytes, valid JSON, until the next call.</summary>
    public ReadOnlyMemory<byte> Message { get; private set; }

    /// <summary>Where the fields of <see cref="Message"/> are in its bytes.</summary>
    public TelegramMessageFields Fields => _fields;

    /// <summary>The chat <see cref="Message"/> belongs to.</summary>
    public TelegramChat Chat => _chat ??= new TelegramChat(_chatName, _chatId, _chatType);

    /// <summary>Moves to the next message object (see <see cref="Message"/>); false at the end of the file.</summary>
    /// <exception cref="InputException">The file is not valid JSON (truncated, garbled), or one message is over the size cap.</exception>
    public ValueTask<bool> NextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Nearly every message is in the buffer already: only reading more of the file needs a state machine.
        return Scan() switch
        {
            Step.Found => ValueTask.FromResult(true),
            Step.End => ValueTask.FromResult(false),
            _ => ReadMoreAsync(cancellationToken),
        };
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private async ValueTask<bool> ReadMoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_final)
            {
                throw new InputException(_path, "the JSON ends too early (a truncated export?)", string.Create(CultureInfo.InvariantCulture, $"at byte {Position}"));
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            switch (Scan())
            {
                case Step.Found:
                    return true;
                case Step.End:
                    return false;
            }
        }
    }

    private Step Scan()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var consumedBefore = (int)reader.BytesConsumed;
                if (!reader.Read())
                {
                    Advance(ref reader);
                    return _final ? Step.End : Step.NeedMore;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        _property = reader.ValueTextEquals("messages"u8) ? Property.Messages
                            : reader.ValueTextEquals("name"u8) ? Property.Name
                            : reader.ValueTextEquals("id"u8) ? Property.Id
                            : reader.ValueTextEquals("type"u8) ? Property.Type
                            : Property.Other;
                        continue;
                    case JsonTokenType.StartArray when _property == Property.Messages && _messagesDepth < 0:
                        _messagesDepth = reader.CurrentDepth;
                        Chats++;
                        break;
                    case JsonTokenType.EndArray when reader.CurrentDepth == _messagesDepth:
                        _messagesDepth = -1;
                        break;
                    case not JsonTokenType.EndArray when _messagesDepth >= 0 && reader.CurrentDepth == _messagesDepth + 1:
                        // One element of a messages array (an object, or anything else, which the mapper rejects).
                        var start = (int)reader.TokenStartIndex;
                        var probe = reader;
                        if (!_fields.TryRead(ref probe))
                        {
                            // The message is not all in the buffer yet: rewind to before it and read more.
                            _start += consumedBefore;
                            _state = before;
                            return Step.NeedMore;
                        }

                        var end = (int)probe.BytesConsumed;
                        Message = _buffer.AsMemory(_start + start, end - start);
                        reader = probe;
                        Advance(ref reader);
                        return Step.Found;
                    case JsonTokenType.StartObject when _messagesDepth < 0:
                        // A new chat (or another object of the account export): forget the last chat's name.
                        _chatName = _chatId = _chatType = null;
                        _chat = null;
                        break;
                    case JsonTokenType.String or JsonTokenType.Number when _messagesDepth < 0 && _property != Property.Other:
                        var value = reader.TokenType == JsonTokenType.String
                            ? ChatString(ref reader)
                            : Encoding(reader.ValueSpan);
                        _chat = null;
                        switch (_property)
                        {
                            case Property.Name:
                                _chatName = value;
                                break;
                            case Property.Id:
                                _chatId = value;
                                break;
                            case Property.Type:
                                _chatType = value;
                                break;
                        }

                        break;
                }

                _property = Property.Other;
            }
        }
        catch (JsonException ex)
        {
            throw new InputException(
                _path,
                _final && ex.Message.Contains("end", StringComparison.OrdinalIgnoreCase)
                    ? "the JSON ends too early (a truncated export?)"
                    : "not valid JSON: " + ex.Message,
                string.Create(CultureInfo.InvariantCulture, $"near byte {Position + reader.BytesConsumed}"),
                ex);
        }
    }

    private static string Encoding(ReadOnlySpan<byte> utf8) => System.Text.Encoding.UTF8.GetString(utf8);

    // A chat's name, id or type. Where it is not valid text (bytes that are not UTF-8, half a surrogate pair), the
    // chat's messages are still worth reading: the bytes as written, with U+FFFD for what does not decode.
    private static string ChatString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        }
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            if (_buffer.Length >= _maxRecordBytes)
            {
                throw new InputException(
                    _path,
                    $"a message is over the {DocumentReader.Megabytes(_maxRecordBytes)} limit for one record; the rest of the file cannot be read past it",
                    string.Create(CultureInfo.InvariantCulture, $"at byte {Position}"));
            }

            var larger = new byte[Math.Min(_buffer.Length * 2, _maxRecordBytes)];
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        _offset += _start;
        _start = 0;
        _end = pending;
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _final = read == 0;
        if (_offset == 0 && _end >= 3 && _buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
        {
            // A byte-order mark: Utf8JsonReader does not skip it.
            _start = 3;
        }
    }
}
