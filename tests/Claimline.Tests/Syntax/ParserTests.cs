using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Syntax;
using Claimline.Syntax.Parsing;
using CsCheck;

namespace Claimline.Tests.Syntax;

/// <summary>The shipped parser on hostile and random input, and the syntax stage on an invented sentence.</summary>
public class ParserTests
{
    private static readonly string[] s_words = ["the", "minister", "said", ",", "\"", "8,000", "troops", "in", "Kyiv", "...", "(", ")", "and", "will", "n't", "—", "is", "a", "%", "$"];

    [Fact]
    public void Random_token_sequences_always_give_one_tree()
    {
        var word = Gen.Int[0, s_words.Length - 1].Select(i => s_words[i]);
        var tag = Gen.Int[0, UposNames.Count].Select(i => (Upos)i);
        Gen.Select(word, tag).Array[0, 120].Sample(tokens =>
        {
            var (heads, relations) = DependencyParser.English.Parse([.. tokens.Select(t => t.Item1)], [.. tokens.Select(t => t.Item2)]);
            Assert.Equal(tokens.Length, heads.Length);
            Assert.Equal(tokens.Length, relations.Length);
            Assert.True(DependencyTree.IsTree(heads), string.Join(" ", heads));
            Assert.All(relations, r => Assert.False(string.IsNullOrEmpty(r) || r.Contains(Projectivizer.Separator, StringComparison.Ordinal)));
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Sentences_of_any_length_parse_into_a_tree(int length)
    {
        var forms = Enumerable.Range(0, length).Select(i => s_words[i % s_words.Length]).ToArray();
        var tags = Enumerable.Range(0, length).Select(i => (Upos)(1 + (i % UposNames.Count))).ToArray();
        var (heads, _) = DependencyParser.English.Parse(forms, tags);
        Assert.Equal(length, heads.Length);
        Assert.True(DependencyTree.IsTree(heads));
    }

    [Fact]
    public void Punctuation_only_parses_into_a_tree()
    {
        var (heads, relations) = DependencyParser.English.Parse([".", ",", "!", "?", "\"", "—"], Enumerable.Repeat(Upos.PUNCT, 6).ToArray());
        Assert.True(DependencyTree.IsTree(heads));
        Assert.Contains("root", relations);
    }

    [Fact]
    public void The_syntax_stage_gives_the_reporting_verb_its_subject_and_complement()
    {
        var document = new Document("The finance minister said on Tuesday that the new tax would raise 3 billion euros.", new DocumentMeta("syntax-test"));
        StandardPipeline.CreateUntil("sentences").Run(document);
        var tokens = document.Get(Layers.Tokens);
        var tagged = new List<TaggedSentence>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].Span.Of(document.Text)).ToArray();
            tagged.Add(new TaggedSentence(sentence.Span, sentence.FirstToken, [.. words.Select(TagOf)], [.. words.Select(w => w.ToLowerInvariant())]));
        }

        document.Set(Layers.Pos, tagged);
        new SyntaxAnnotator().Annotate(document);

        var tree = Assert.Single(document.Get(Layers.Syntax));
        var word = (string w) => Enumerable.Range(0, tree.Length).First(i => tokens[tree.FirstToken + i].Span.Of(document.Text) == w);
        var said = word("said");
        Assert.Equal(said, tree.Root);
        Assert.Equal(word("minister"), tree.SubjectOf(said));
        Assert.Equal("ccomp", tree.Relation(word("raise")));
        Assert.Equal(word("tax"), tree.SubjectOf(word("raise")));
        Assert.Equal(word("euros"), tree.ObjectOf(word("raise")));
    }

    [Fact]
    public void The_syntax_stage_gives_an_empty_layer_to_a_document_without_sentences()
    {
        var document = new Document("", new DocumentMeta("empty"));
        StandardPipeline.CreateUntil("sentences").Run(document);
        document.Set(Layers.Pos, Array.Empty<TaggedSentence>());
        new SyntaxAnnotator().Annotate(document);
        Assert.Empty(document.Get(Layers.Syntax));
    }

    /// <summary>The UPOS of the invented sentence's words, as a tagger would give them.</summary>
    private static Upos TagOf(string word) => word switch
    {
        "The" or "the" => Upos.DET,
        "finance" or "minister" or "tax" or "euros" => Upos.NOUN,
        "said" or "raise" => Upos.VERB,
        "on" => Upos.ADP,
        "Tuesday" => Upos.PROPN,
        "that" => Upos.SCONJ,
        "new" => Upos.ADJ,
        "would" => Upos.AUX,
        "3" or "billion" => Upos.NUM,
        _ => Upos.PUNCT,
    };
}
