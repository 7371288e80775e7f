using Claimline.Syntax.Conllu;

namespace Claimline.Syntax.Training;

/// <summary>
/// Splits a treebank into K folds by document (<c># newdoc id</c>), so that no document has sentences on both sides
/// of a split: documents are dealt to the folds in file order, round-robin. Sentences before the first
/// <c>newdoc</c> count as one document.
/// </summary>
public static class DocumentFolds
{
    /// <summary>The fold (0…<paramref name="folds"/>−1) of each sentence.</summary>
    public static int[] Assign(IReadOnlyList<ConlluSentence> sentences, int folds)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = new int[sentences.Count];
        var document = -1;
        string? current = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s == 0 || sentences[s].DocumentId != current)
            {
                current = sentences[s].DocumentId;
                document++;
            }

            fold[s] = document % folds;
        }

        return fold;
    }

    /// <summary>The sentences outside (training) and inside (held out) fold <paramref name="k"/>.</summary>
    public static (List<ConlluSentence> Train, List<ConlluSentence> HeldOut) Split(IReadOnlyList<ConlluSentence> sentences, int[] folds, int k)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(folds);
        var train = new List<ConlluSentence>();
        var heldOut = new List<ConlluSentence>();
        for (var s = 0; s < sentences.Count; s++)
        {
            (folds[s] == k ? heldOut : train).Add(sentences[s]);
        }

        return (train, heldOut);
    }
}
