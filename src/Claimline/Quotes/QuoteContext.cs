using Claimline.Model;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Quotes;

/// <summary>
/// Per-document working state of the quote stage: the tokens in lower case, which sentence and paragraph each token
/// belongs to, and which tokens are already taken by a quote. Built for one document on one thread, then dropped.
/// </summary>
internal sealed class QuoteContext
{
    public QuoteContext(Document document, QuoteLexicon lexicon)
    {
        Document = document;
        Lexicon = lexicon;
        Text = document.Text;
        Tokens = document.Get(Layers.Tokens);
        Sentences = document.Get(Layers.Sentences);
        Paragraphs = document.Get(Layers.Paragraphs);
        SentenceTimes = document.Get(Layers.SentenceTimes);
        var n = Tokens.Count;
        Lower = new string[n];
        SentenceOf = new int[n];
        ParagraphOf = new int[n];
        DirectOf = new int[n];
        CueUsed = new bool[n];
        Array.Fill(SentenceOf, -1);
        Array.Fill(ParagraphOf, -1);
        Array.Fill(DirectOf, -1);
        for (var i = 0; i < n; i++)
        {
            Lower[i] = Tokens[i].Span.Of(Text).ToLowerInvariant();
        }

        for (var s = 0; s < Sentences.Count; s++)
        {
            var sentence = Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                SentenceOf[i] = s;
            }
        }

        var t = 0;
        for (var p = 0; p < Paragraphs.Count; p++)
        {
            var span = Paragraphs[p].Span;
            while (t < n && Tokens[t].Span.Start < span.Start)
            {
                t++;
            }

            while (t < n && Tokens[t].Span.End <= span.End)
            {
                ParagraphOf[t++] = p;
            }
        }

        if (document.TryGet(Layers.Times, out var times))
        {
            InTime = new bool[n];
            foreach (var time in times)
            {
                for (var i = Tokens.FirstStartingAtOrAfter(time.Span.Start); i < n && Tokens[i].Span.End <= time.Span.End; i++)
                {
                    InTime[i] = true;
                }
            }
        }
        else
        {
            InTime = new bool[n];
        }
    }

    public Document Document { get; }

    public QuoteLexicon Lexicon { get; }

    public string Text { get; }

    public Layer<Token> Tokens { get; }

    public Layer<Sentence> Sentences { get; }

    public Layer<Paragraph> Paragraphs { get; }

    public Layer<SentenceTime> SentenceTimes { get; }

    public string[] Lower { get; }

    public int[] SentenceOf { get; }

    public int[] ParagraphOf { get; }

    /// <summary>Index of the direct quote (in quotation marks) a token lies in, marks included; -1 outside.</summary>
    public int[] DirectOf { get; }

    /// <summary>Cue tokens already attributed, so that a later finder does not use them twice.</summary>
    public bool[] CueUsed { get; }

    /// <summary>Tokens inside a time expression (<c>said Thursday</c>), skipped between a cue and its content.</summary>
    public bool[] InTime { get; }

    public int Count => Tokens.Count;

    public TokenKind Kind(int i) => Tokens[i].Kind;

    public string Word(int i) => Tokens[i].Span.Of(Text);

    public bool IsCapitalized(int i) => Tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[i].Span.Start]);

    public bool Is(int i, string lower) => i >= 0 && i < Count && Lower[i] == lower;

    public (int First, int Last) SentenceRange(int s) => (Sentences[s].FirstToken, Sentences[s].FirstToken + Sentences[s].TokenCount - 1);

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>The cue's lemma when token <paramref name="i"/> is a cue verb form.</summary>
    public string? CueLemma(int i) => Tokens[i].Kind == TokenKind.Word && Lexicon.CueForms.TryGetValue(Lower[i], out var lemma) ? lemma : null;

    /// <summary>How many words an according-to phrase starting at <paramref name="i"/> has, or 0.</summary>
    public int AccordingToLength(int i)
    {
        foreach (var phrase in Lexicon.AccordingTo)
        {
            var k = 0;
            while (k < phrase.Length && i + k < Count && Lower[i + k] == phrase[k])
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return k;
            }
        }

        return 0;
    }
}
