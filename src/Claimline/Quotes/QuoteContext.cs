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
        InTitle = new bool[n];
        Array.Fill(SentenceOf, -1);
        Array.Fill(ParagraphOf, -1);
        Array.Fill(DirectOf, -1);
        // One string per distinct lower-case form, not per token: a long document repeats its words, and a string
        // per token was the largest part of this stage's memory.
        var forms = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < n; i++)
        {
            var word = Tokens[i].Span.SliceOf(Text);
            if (word.Length > buffer.Length)
            {
                Lower[i] = word.ToString().ToLowerInvariant();
                continue;
            }

            var lower = buffer[..word.ToLowerInvariant(buffer)];
            if (!forms.TryGetValue(lower, out var form))
            {
                form = lower.ToString();
                forms[lower] = form;
            }

            Lower[i] = form;
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

    /// <summary>Tokens of a quoted title of a work (<c>the song “A Change Is Coming”</c>), marks included: no content of their own.</summary>
    public bool[] InTitle { get; }

    /// <summary>Tokens inside a time expression (<c>said Thursday</c>), skipped between a cue and its content.</summary>
    public bool[] InTime { get; }

    public int Count => Tokens.Count;

    public TokenKind Kind(int i) => Tokens[i].Kind;

    public string Word(int i) => Tokens[i].Span.Of(Text);

    /// <summary>Whether token <paramref name="i"/> opens a line: the first token, or one with a line break before it (a
    /// paragraph can hold several lines, such as a list of readers' reactions each on its own line).</summary>
    public bool StartsLine(int i) => i == 0 || Text.AsSpan(Tokens[i - 1].Span.End, Tokens[i].Span.Start - Tokens[i - 1].Span.End).Contains('\n');

    public bool IsCapitalized(int i) => Tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[i].Span.Start]);

    public bool Is(int i, string lower) => i >= 0 && i < Count && Lower[i] == lower;

    public (int First, int Last) SentenceRange(int s) => (Sentences[s].FirstToken, Sentences[s].FirstToken + Sentences[s].TokenCount - 1);

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>The cue's lemma when token <paramref name="i"/> is a cue verb form.</summary>
    /// <remarks>A capitalized form inside a sentence is a name, not a cue (<c>Secretary of State</c>, <c>United States</c>).</remarks>
    public string? CueLemma(int i)
        => Tokens[i].Kind == TokenKind.Word && Lexicon.CueForms.TryGetValue(Lower[i], out var lemma)
            && (!IsCapitalized(i) || (SentenceOf[i] >= 0 && Sentences[SentenceOf[i]].FirstToken == i && !IsAllCaps(i)))
            && (!Lexicon.CueNouns.Contains(Lower[i]) || CanBeVerb(i))
            ? lemma
            : null;

    // Words after which a form like `support` or `state` is a noun: determiners, possessives, prepositions.
    private static readonly HashSet<string> s_nounBefore = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "'s", "’s",
        "of", "in", "for", "on", "with", "by", "from", "at", "about", "against", "into", "over", "no", "any", "some", "new",
    };

    // Words after which such a form is a verb: auxiliaries, adverbs of speech and the infinitive marker.
    private static readonly HashSet<string> s_verbBefore = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "would", "will", "'ll", "’ll", "did", "does", "do", "not", "to", "still", "often", "never",
        "who", "and", "later", "then", "again", "repeatedly", "publicly", "privately",
    };

    /// <summary>Whether a form that may be a noun stands where a verb can: after a name, a pronoun, a speaker noun or an auxiliary.</summary>
    private bool CanBeVerb(int i)
    {
        if (i == 0 || (i + 1 < Count && Lower[i + 1] == "of"))
        {
            return false;
        }

        var before = Lower[i - 1];
        if (s_nounBefore.Contains(before) || Tokens[i - 1].Kind != TokenKind.Word && Tokens[i - 1].Kind != TokenKind.Clitic)
        {
            return false;
        }

        // A plain lower-case word before it is most often an adjective (`Republican support`, `the latest plan`) unless
        // it ends a plural speaker phrase (`voters support`).
        return IsCapitalized(i - 1) || s_verbBefore.Contains(before) || Lexicon.Pronouns.ContainsKey(before)
            || Lexicon.SpeakerNouns.ContainsKey(before) || before.EndsWith("ly", StringComparison.Ordinal)
            || (before.EndsWith('s') && !Lower[i].EndsWith('s'));
    }

    private bool IsAllCaps(int i)
    {
        var word = Tokens[i].Span.Of(Text);
        return word.Length > 1 && word.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
    }

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
