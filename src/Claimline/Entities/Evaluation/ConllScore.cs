using Claimline.Evaluation;

namespace Claimline.Entities.Evaluation;

/// <summary>conlleval's figures: exact-match chunk scores overall and per type, and token tag accuracy.</summary>
public sealed record ConllScore(Score Overall, IReadOnlyDictionary<string, Score> Types, int Tokens, int CorrectTags)
{
    /// <summary>Share of tokens whose tag (prefix and type) equals the gold tag.</summary>
    public double Accuracy => Tokens == 0 ? 0 : (double)CorrectTags / Tokens;
}
