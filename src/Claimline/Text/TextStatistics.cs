using Claimline.Model;

namespace Claimline.Text;

/// <summary>Counts used by summaries and benchmarks.</summary>
public static class TextStatistics
{
    /// <summary>Words, as throughput figures count them: word and number tokens (clitics and punctuation excluded).</summary>
    public static int CountWords(Layer<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens.AsSpan())
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }
}
