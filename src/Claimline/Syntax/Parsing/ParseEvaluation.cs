using Claimline.Syntax.Conllu;

namespace Claimline.Syntax.Parsing;

/// <summary>Parses treebank sentences (their own tokens and the tags given) and scores the trees against the gold.</summary>
public static class ParseEvaluation
{
    /// <summary>
    /// Scores <paramref name="parser"/> on <paramref name="sentences"/>; <paramref name="tags"/> gives the UPOS each
    /// sentence is parsed with (default: the file's own column, gold POS).
    /// </summary>
    public static ParseScore Evaluate(DependencyParser parser, IEnumerable<ConlluSentence> sentences, Func<ConlluSentence, IReadOnlyList<Upos>>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        var score = new ParseScore();
        var scratch = new ParseScratch();
        foreach (var sentence in sentences)
        {
            var (heads, relations) = parser.Parse(sentence.Forms, tags?.Invoke(sentence) ?? sentence.Tags, scratch);
            score.Add(sentence.Heads, sentence.Relations, heads, relations);
        }

        return score;
    }
}
