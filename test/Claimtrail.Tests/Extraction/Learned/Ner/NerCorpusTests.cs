using Claimtrail.Extraction.Learned.Ner;
using Claimtrail.Tests.Support;

namespace Claimtrail.Tests.Extraction.Learned.Ner;

public sealed class NerCorpusTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Bad_lines_are_reported_by_number_and_the_rest_is_read_each_document_in_the_domain_its_words_tell()
    {
        var file = _folder.File("tagged.jsonl", string.Join('\n',
            """{"id": "a", "doc_id": "d1", "tokens": ["OSLO", "1996-08-30", "Ines", "Moreau", "spoke"], "tags": ["B-LOC", "O", "B-PER", "I-PER", "O"]}""",
            """{"id": "b", "tokens": ["Hello"], "tags": ["O", "O"]}""",
            """not json""",
            """{"id": "c", "tokens": ["Oslo"], "tags": ["B-CITY"]}""",
            "",
            """{"id": "d", "tokens": ["in", "Oslo"], "tags": ["O", "B-LOC"]}"""));

        var (sentences, errors) = NerCorpus.Read(file, domain: null);

        Assert.Equal(["a", "d"], sentences.Select(s => s.Id));
        Assert.Equal(NerDomain.News, sentences[0].Domain);
        Assert.Equal(NerDomain.Social, sentences[1].Domain);
        Assert.Equal(3, errors.Count);
        Assert.Contains("line 2", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("1 tokens but 2 tags", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 3", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("'B-CITY' is not one of", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_given_overrides_what_the_records_suggest()
    {
        var file = _folder.File("tagged.jsonl", """{"id": "a", "tokens": ["Oslo"], "tags": ["B-LOC"]}""");

        var (sentences, _) = NerCorpus.Read(file, NerDomain.News);

        Assert.Equal(NerDomain.News, Assert.Single(sentences).Domain);
    }

    [Fact]
    public void A_missing_file_is_an_input_error_naming_it()
    {
        var path = _folder.PathOf("absent.jsonl");

        var error = Assert.Throws<Claimtrail.Errors.InputException>(() => NerCorpus.Read(path, null));

        Assert.Contains("absent.jsonl", error.Message, StringComparison.Ordinal);
    }
}
