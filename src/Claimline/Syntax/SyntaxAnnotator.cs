using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Syntax.Parsing;
using Claimline.Text;

namespace Claimline.Syntax;

/// <summary>
/// Parses each sentence into a labelled dependency tree (<see cref="DependencyParser"/>, trained on UD English EWT)
/// from its tokens and their UPOS tags.
/// <para>Requires: tokens, sentences, pos. Produces: syntax (one <see cref="DependencyTree"/> per sentence).</para>
/// Every sentence gets a tree, however long, and a sentence without tokens an empty one; a sentence the pos layer
/// does not cover is parsed with unknown tags. Example: <c>The minister said the talks had failed.</c> →
/// <c>said</c> is the root, <c>minister</c> its <c>nsubj</c>, <c>failed</c> its <c>ccomp</c>.
/// </summary>
public sealed class SyntaxAnnotator(DependencyParser parser) : IAnnotator
{
    private readonly WordClusters _clusters = WordClusters.English;

    public SyntaxAnnotator()
        : this(DependencyParser.English)
    {
    }

    public string Name => "syntax";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Pos];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Syntax];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(Layers.Tokens).AsSpan();
        var sentences = document.Get(Layers.Sentences).AsSpan();
        var tagged = document.Get(Layers.Pos).AsSpan();
        var scratch = new ParseScratch();
        var trees = new DependencyTree[sentences.Length];
        var t = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            while (t < tagged.Length && tagged[t].FirstToken < sentence.FirstToken)
            {
                t++;
            }

            var tags = t < tagged.Length && tagged[t].FirstToken == sentence.FirstToken ? tagged[t].Tags : null;
            var n = sentence.TokenCount;
            var atoms = scratch.Atoms;
            atoms.Reset(n);
            for (var i = 0; i < n; i++)
            {
                var tag = tags is not null && i < tags.Length ? tags[i] : Upos.None;
                atoms.Set(i, tokens[sentence.FirstToken + i].Span.SliceOf(document.Text), tag, _clusters);
            }

            var (heads, relations) = parser.ParseTree(scratch);
            trees[s] = new DependencyTree(sentence.Span, sentence.FirstToken, heads, relations);
        }

        document.Set(Layers.Syntax, trees);
    }
}
