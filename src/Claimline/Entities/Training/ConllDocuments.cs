namespace Claimline.Entities.Training;

/// <summary>
/// Finds the articles of a CoNLL-2003 file that has lost its <c>-DOCSTART-</c> lines, and deals them to
/// cross-validation folds. Every Reuters article of the data opens with a headline and then a dateline sentence
/// that ends in the ISO date (<c>BRUSSELS 1996-08-22</c>), sometimes with a byline between them; an article is taken
/// to start at the sentence right before its dateline. A byline therefore stays with the article before: one sentence
/// on the wrong side, which does not matter for keeping articles apart in folds.
/// </summary>
public static class ConllDocuments
{
    /// <summary>A dateline is short: a place of one to a few words and the date.</summary>
    private const int MaxDatelineTokens = 8;

    /// <summary>The document number (0, 1, …, in file order) of each sentence.</summary>
    public static int[] Assign(IReadOnlyList<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var document = new int[sentences.Count];
        var starts = new bool[sentences.Count];
        for (var s = 1; s < sentences.Count; s++)
        {
            if (IsDateline(sentences[s].Words))
            {
                starts[s - 1] = true;
            }
        }

        var current = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (starts[s] && s > 0)
            {
                current++;
            }

            document[s] = current;
        }

        return document;
    }

    /// <summary>
    /// The fold (0…<paramref name="folds"/>−1) of each sentence: the documents in file order cut into
    /// <paramref name="folds"/> contiguous runs of about equal size in sentences. Contiguous runs rather than
    /// round-robin: the file is in date order, so a held-out fold is news of other days, with names the training
    /// folds have not seen, which is the case the tagger meets on new articles.
    /// </summary>
    public static int[] Folds(IReadOnlyList<ConllSentence> sentences, int folds)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var documents = Assign(sentences);
        var fold = new int[sentences.Count];
        var current = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            // Move to the next fold at the first document start past this fold's share of the sentences.
            var share = (long)(current + 1) * sentences.Count / folds;
            if (current < folds - 1 && s >= share && s > 0 && documents[s] != documents[s - 1])
            {
                current++;
            }

            fold[s] = current;
        }

        return fold;
    }

    /// <summary>The sentences outside (training) and inside (held out) fold <paramref name="k"/>, in file order.</summary>
    public static (List<ConllSentence> Train, List<ConllSentence> HeldOut) Split(IReadOnlyList<ConllSentence> sentences, int[] folds, int k)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(folds);
        var train = new List<ConllSentence>();
        var heldOut = new List<ConllSentence>();
        for (var s = 0; s < sentences.Count; s++)
        {
            (folds[s] == k ? heldOut : train).Add(sentences[s]);
        }

        return (train, heldOut);
    }

    /// <summary>Whether a sentence is a dateline: at most a few tokens, the last an ISO date (<c>1996-08-22</c>).</summary>
    public static bool IsDateline(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count is < 2 or > MaxDatelineTokens)
        {
            return false;
        }

        var last = words[^1];
        return last.Length == 10 && last[4] == '-' && last[7] == '-'
            && char.IsAsciiDigit(last[0]) && char.IsAsciiDigit(last[3]) && char.IsAsciiDigit(last[5]) && char.IsAsciiDigit(last[9]);
    }
}
