using Claimline.Syntax.Conllu;
using Claimline.Syntax.Lemmatization;
using Claimline.Syntax.Tagging;

namespace Claimline.Syntax.Training;

/// <summary>Scores the tagger (and the lemmatizer on the tagger's tags) against gold CoNLL-U, on the treebank's own words.</summary>
public static class PosEvaluation
{
    /// <param name="tagger">The tagger.</param>
    /// <param name="lemmatizer">Lemmatizes each word given its predicted tag; null scores every lemma wrong.</param>
    /// <param name="sentences">Gold sentences.</param>
    /// <param name="onSentence">Sees each sentence with its predicted tags and lemmas, or null.</param>
    public static PosScore Evaluate(
        PosTagger tagger, Lemmatizer? lemmatizer, IEnumerable<ConlluSentence> sentences, Action<ConlluSentence, Upos[], string[]>? onSentence = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var score = new PosScore();
        var prepared = new PosSentence();
        foreach (var sentence in sentences)
        {
            prepared.Prepare(sentence.Forms);
            var tags = new Upos[sentence.Length];
            tagger.Tag(prepared, tags);
            var lemmas = new string[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                lemmas[i] = lemmatizer?.Lemma(sentence.Forms[i], tags[i]) ?? "";
                if (tagger.Model.Dictionary.Lookup(prepared.Word[i]) >= 0)
                {
                    score.DictionaryWords++;
                }

                score.Add(sentence.Tags[i], tags[i], sentence.Lemmas[i], lemmas[i]);
            }

            onSentence?.Invoke(sentence, tags, lemmas);
        }

        return score;
    }
}
