namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>Groups sentences into documents: consecutive sentences with one <see cref="NerSentence.DocumentId"/>; one without is a document alone.</summary>
internal static class NerDocuments
{
    public static List<List<NerSentence>> Group(IReadOnlyList<NerSentence> sentences)
    {
        var documents = new List<List<NerSentence>>();
        List<NerSentence>? current = null;
        foreach (var sentence in sentences)
        {
            if (current is null || sentence.DocumentId is null || !string.Equals(current[0].DocumentId, sentence.DocumentId, StringComparison.Ordinal))
            {
                current = [];
                documents.Add(current);
            }

            current.Add(sentence);
        }

        return documents;
    }
}
