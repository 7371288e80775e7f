namespace Claimline.Syntax.Conllu;

/// <summary>
/// One sentence of a CoNLL-U file, syntactic words only: multiword-token ranges (<c>3-4 don't</c>) are kept apart in
/// <see cref="MultiwordTokens"/> and empty nodes (<c>5.1</c>) are dropped, as the CoNLL 2018 scorer drops them from the
/// basic tree. Heads are 0-based word indices with -1 for the root (CoNLL-U's 0).
/// </summary>
/// <param name="Id">The <c># sent_id</c> comment, or the sentence's ordinal in its file.</param>
/// <param name="DocumentId">The last <c># newdoc id</c> seen at or before this sentence (for document-level folds).</param>
/// <param name="Forms">Column 2, one per word.</param>
/// <param name="Lemmas">Column 3.</param>
/// <param name="Tags">Column 4 (UPOS).</param>
/// <param name="Heads">Column 7, 0-based; -1 for the root.</param>
/// <param name="Relations">Column 8, with its subtype (<c>nsubj:pass</c>).</param>
/// <param name="MultiwordTokens">Surface tokens that span several words: first and last word index (inclusive) and the surface form.</param>
public sealed record ConlluSentence(
    string Id,
    string? DocumentId,
    string[] Forms,
    string[] Lemmas,
    Upos[] Tags,
    int[] Heads,
    string[] Relations,
    IReadOnlyList<(int First, int Last, string Form)> MultiwordTokens)
{
    public int Length => Forms.Length;
}
