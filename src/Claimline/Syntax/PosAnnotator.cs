using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Syntax.Lemmatization;
using Claimline.Syntax.Tagging;

namespace Claimline.Syntax;

/// <summary>
/// Tags every sentence's tokens with a Universal POS tag and a lemma (<see cref="PosTagger"/>, <see cref="Lemmatizer"/>).
/// <para>Requires: tokens, sentences (and reads entities when an earlier stage wrote them). Produces: pos (one <see cref="TaggedSentence"/> per sentence).</para>
/// The tokens are the tokenizer's, which split clitics as the treebank does: <c>don't</c> → <c>do</c> AUX +
/// <c>n't</c> PART (lemma <c>not</c>). Example: <c>The minister said prices rose.</c> → DET NOUN VERB NOUN VERB PUNCT,
/// lemmas <c>the minister say price rise .</c>
/// </summary>
public sealed class PosAnnotator(PosTagger tagger, Lemmatizer lemmatizer) : IAnnotator
{
    [ThreadStatic]
    private static PosSentence? s_scratch;

    public PosAnnotator()
        : this(PosTagger.English, Lemmatizer.English)
    {
    }

    public string Name => "pos";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Pos];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var scratch = s_scratch ??= new PosSentence();
        var tagged = new TaggedSentence[sentences.Count];
        var proper = ProperNameTokens(document, tokens);
        for (var s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            var n = sentence.TokenCount;
            scratch.Prepare(text, tokens, sentence.FirstToken, n);
            var tags = new Upos[n];
            tagger.Tag(scratch, tags, proper is null ? default : proper.AsSpan(sentence.FirstToken, n));
            var lemmas = new string[n];
            for (var i = 0; i < n; i++)
            {
                lemmas[i] = lemmatizer.Lemma(tokens[sentence.FirstToken + i].Span.SliceOf(text), tags[i]);
            }

            tagged[s] = new TaggedSentence(sentence.Span, sentence.FirstToken, tags, lemmas);
        }

        document.Set(Layers.Pos, tagged);
    }

    /// <summary>
    /// Where the entities layer is already written (the standard pipeline tags names first): the capitalized words of
    /// person, organization and place names, which the tagger, trained on web text, often reads as adjectives or
    /// verbs inside news names (`Amnesty International`, `UNICEF called on`); null without the layer.
    /// </summary>
    private static bool[]? ProperNameTokens(Document document, IReadOnlyList<Text.Token> tokens)
    {
        if (!document.Has(Layers.Entities))
        {
            return null;
        }

        var text = document.Text;
        bool[]? proper = null;
        var t = 0;
        foreach (var mention in document.Get(Layers.Entities))
        {
            if (mention.Type is not (Entities.EntityType.Person or Entities.EntityType.Org or Entities.EntityType.Loc))
            {
                continue;
            }

            while (t < tokens.Count && tokens[t].Span.End <= mention.Span.Start)
            {
                t++;
            }

            for (var i = t; i < tokens.Count && tokens[i].Span.Start < mention.Span.End; i++)
            {
                var span = tokens[i].Span;
                if (span.End - span.Start > 1 && char.IsUpper(text[span.Start]) && char.IsLetter(text[span.Start + 1]))
                {
                    (proper ??= new bool[tokens.Count])[i] = true;
                }
            }
        }

        return proper;
    }
}
