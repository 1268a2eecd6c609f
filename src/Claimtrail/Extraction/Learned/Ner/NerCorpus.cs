using System.Globalization;
using System.Text.Json;
using Claimtrail.Errors;

namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// Reads annotated sentences from JSON Lines, one sentence a line: <c>{"id", "doc_id"?, "tokens": [...], "tags": [...]}</c>
/// with BIO tags over PER, ORG, LOC, MISC (the CoNLL-2003 and WNUT-17 files in the evaluation data have this shape).
/// A line that is not such a sentence is reported with its number and the reading goes on.
/// </summary>
public static class NerCorpus
{
    /// <summary>The longest sentence read, in tokens; longer ones are refused as damaged.</summary>
    public const int MaxTokens = 2000;

    /// <summary>
    /// The sentences of <paramref name="path"/> and the lines refused. A record with a <c>doc_id</c> belongs to that
    /// document; a record without one is a document (a post) of its own.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="domain">The domain to give sentences, or null to tell it from each document's words (<see cref="NerDomainDetector"/>), as the tagger does in use.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="InputException">The file cannot be read.</exception>
    public static (IReadOnlyList<NerSentence> Sentences, IReadOnlyList<InputException> Errors) Read(string path, NerDomain? domain, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sentences = new List<NerSentence>();
        var errors = new List<InputException>();
        try
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var location = string.Create(CultureInfo.InvariantCulture, $"line {number}");
                try
                {
                    sentences.Add(Parse(line, domain, location));
                }
                catch (JsonException ex)
                {
                    errors.Add(new InputException(path, "not a tagged sentence: " + ex.Message, location));
                }
                catch (FormatException ex)
                {
                    errors.Add(new InputException(path, ex.Message, location));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, ex.Message);
        }

        return (domain is null ? Detected(sentences) : sentences, errors);
    }

    private static List<NerSentence> Detected(List<NerSentence> sentences)
    {
        var detected = new List<NerSentence>(sentences.Count);
        foreach (var document in NerDocuments.Group(sentences))
        {
            var domain = NerDomainDetector.Detect([.. document.Select(s => s.Tokens)]);
            detected.AddRange(document.Select(s => s with { Domain = domain }));
        }

        return detected;
    }

    private static NerSentence Parse(string line, NerDomain? domain, string location)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a sentence must be a JSON object");
        }

        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : location;
        var documentId = root.TryGetProperty("doc_id", out var doc) && doc.ValueKind == JsonValueKind.String ? doc.GetString() : null;
        var tokens = Strings(root, "tokens", id);
        var tags = Strings(root, "tags", id);
        if (tokens.Count != tags.Count)
        {
            throw new FormatException($"sentence {id}: {tokens.Count} tokens but {tags.Count} tags");
        }

        if (tokens.Count > MaxTokens)
        {
            throw new FormatException($"sentence {id}: {tokens.Count} tokens, more than {MaxTokens}");
        }

        foreach (var tag in tags)
        {
            if (NerLabels.Parse(tag) < 0)
            {
                throw new FormatException($"sentence {id}: tag '{tag}' is not one of {string.Join(' ', NerLabels.Names)}");
            }
        }

        // Without a domain given, news stands in until the whole document is read and its words tell (Detected).
        return new NerSentence(id, documentId, tokens, tags, domain ?? NerDomain.News);
    }

    private static List<string> Strings(JsonElement root, string name, string id)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"sentence {id}: '{name}' must be an array of strings");
        }

        var list = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"sentence {id}: '{name}' must be an array of strings");
            }

            list.Add(item.GetString()!);
        }

        return list;
    }
}
