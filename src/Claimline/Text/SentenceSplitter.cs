using Claimline.Model;

namespace Claimline.Text;

/// <summary>
/// Groups tokens into sentences inside given regions (paragraphs minus headers, datelines and photo credits).
/// A sentence ends at terminal punctuation plus any closing quotes or brackets right after it (<c>…point.”</c>),
/// when the next token can start a sentence (not lower case: <c>“Why?” he asked</c> stays one sentence).
/// After an abbreviation it ends only when the abbreviation can end a sentence (<c>U.S.</c>, <c>Inc.</c>, not
/// <c>Gen.</c>) and the next word is a typical sentence starter or begins a new line (<c>…the mainland U.S. Some
/// experts…</c> splits, <c>the U.S. Embassy</c> does not).
/// A sentence never crosses a region, and is cut after <see cref="MaxTokens"/> tokens so that hostile input
/// (megabytes without punctuation) cannot hand later stages an unbounded sentence.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>The longest sentence, in tokens, before a forced cut. Real news sentences rarely pass 120.</summary>
    public const int MaxTokens = 512;

    private static readonly Lazy<SentenceSplitter> s_english = new(() => new SentenceSplitter(Abbreviations.English));

    private readonly Abbreviations _abbreviations;

    public SentenceSplitter(Abbreviations abbreviations) => _abbreviations = abbreviations;

    public static SentenceSplitter English => s_english.Value;

    /// <summary>Splits the tokens of each region into sentences. Regions must be sorted and disjoint.</summary>
    public List<Sentence> Split(string text, Layer<Token> tokens, IEnumerable<TextSpan> regions)
    {
        var sentences = new List<Sentence>();
        var all = tokens.AsSpan();
        foreach (var region in regions)
        {
            var first = tokens.FirstStartingAtOrAfter(region.Start);
            var end = first;
            while (end < all.Length && all[end].Span.End <= region.End)
            {
                end++;
            }

            SplitRegion(text, all, first, end, sentences);
        }

        return sentences;
    }

    private void SplitRegion(string text, ReadOnlySpan<Token> t, int first, int end, List<Sentence> sentences)
    {
        var start = first;
        for (var k = first; k < end; k++)
        {
            var last = k;
            var boundary = false;
            var token = t[k];
            if (token.Kind == TokenKind.Terminal || EndsWithPeriod(text, token))
            {
                while (last + 1 < end && last - start + 1 < MaxTokens && IsCloser(text, t[last + 1], t[last]))
                {
                    last++;
                }

                boundary = last + 1 >= end || EndsHere(text, token, t[last], t[last + 1]);
            }

            if (!boundary && last - start + 1 >= MaxTokens)
            {
                boundary = true;
            }

            if (boundary)
            {
                Add(t, start, last, sentences);
                start = last + 1;
                k = last;
            }
        }

        if (start < end)
        {
            Add(t, start, end - 1, sentences);
        }
    }

    /// <summary>Decides, for a token that may end a sentence, whether <paramref name="next"/> begins a new one.</summary>
    private bool EndsHere(string text, Token candidate, Token lastOfSentence, Token next)
    {
        if (!CanStart(text, next))
        {
            return false;
        }

        if (candidate.Kind == TokenKind.Terminal)
        {
            return true;
        }

        var kind = _abbreviations.Classify(candidate.Span.SliceOf(text));
        var lineBreak = text.AsSpan(lastOfSentence.Span.End, next.Span.Start - lastOfSentence.Span.End).Contains('\n');
        return kind switch
        {
            AbbreviationKind.Prefix => false,
            AbbreviationKind.Month => next.Kind != TokenKind.Number && (lineBreak || IsStarter(text, next)),
            _ => lineBreak || IsStarter(text, next) || next.Kind == TokenKind.Quote,
        };
    }

    private bool IsStarter(string text, Token token)
        => token.Kind == TokenKind.Word && _abbreviations.IsSentenceStarter(token.Span.SliceOf(text));

    private static bool EndsWithPeriod(string text, Token token)
        => token.Kind == TokenKind.Word && token.Span.Length > 1 && text[token.Span.End - 1] == '.';

    /// <summary>A closing quote or bracket attached to what precedes it.</summary>
    private static bool IsCloser(string text, Token token, Token previous)
    {
        if (token.Span.Start != previous.Span.End)
        {
            return false;
        }

        return token.Kind == TokenKind.Quote
            ? text[token.Span.Start] is '”' or '’' or '»' or '›' or '"' or '\''
            : text[token.Span.Start] is ')' or ']';
    }

    /// <summary>Whether a token can be the first of a sentence: anything but lower case and trailing punctuation.</summary>
    private static bool CanStart(string text, Token token)
    {
        var c = text[token.Span.Start];
        return token.Kind switch
        {
            TokenKind.Word => !char.IsLower(c),
            TokenKind.Number or TokenKind.Quote or TokenKind.Symbol or TokenKind.Url => true,
            TokenKind.Punctuation => c is '(' or '[',
            _ => false,
        };
    }

    private static void Add(ReadOnlySpan<Token> t, int first, int last, List<Sentence> sentences)
        => sentences.Add(new Sentence(new TextSpan(t[first].Span.Start, t[last].Span.End), first, last - first + 1));
}
