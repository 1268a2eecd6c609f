namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>One tokenised sentence, with its gold BIO tags when it comes from annotated data.</summary>
/// <param name="Id">Its id in the data (for errors).</param>
/// <param name="DocumentId">The document it belongs to; sentences of one document share what the tagger remembers about names. Null: a document of its own.</param>
/// <param name="Tokens">The tokens.</param>
/// <param name="Tags">BIO tags over PER, ORG, LOC, MISC, one per token; null when unannotated.</param>
/// <param name="Domain">Where the text comes from.</param>
public sealed record NerSentence(string Id, string? DocumentId, IReadOnlyList<string> Tokens, IReadOnlyList<string>? Tags, NerDomain Domain);
