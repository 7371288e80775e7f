using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Syntax;
using Claimline.Syntax.Tagging;
using Claimline.Text;

namespace Claimline.Tests.Syntax;

/// <summary>The shipped tagger on invented sentences whose tags are not in doubt, through our own tokenizer.</summary>
public class PosTaggerTests
{
    private static (string[] Tokens, Upos[] Tags) Tag(string text)
    {
        var tokens = Tokenizer.English.Tokenize(text).Select(t => t.Span.Of(text)).ToArray();
        return (tokens, PosTagger.English.Tag(tokens));
    }

    private static Upos TagOf(string text, string token)
    {
        var (tokens, tags) = Tag(text);
        var i = Array.IndexOf(tokens, token);
        Assert.True(i >= 0, $"no token '{token}' in [{string.Join(" ", tokens)}]");
        return tags[i];
    }

    [Fact]
    public void Tags_a_plain_news_sentence()
    {
        var (_, tags) = Tag("The minister said prices rose.");
        Assert.Equal([Upos.DET, Upos.NOUN, Upos.VERB, Upos.NOUN, Upos.VERB, Upos.PUNCT], tags);
    }

    [Theory]
    [InlineData("The officials don't expect a deal.", "n't", Upos.PART)]
    [InlineData("The officials don’t expect a deal.", "n’t", Upos.PART)]
    [InlineData("The officials don't expect a deal.", "do", Upos.AUX)]
    [InlineData("Ukraine's president spoke on Monday.", "'s", Upos.PART)]
    [InlineData("Ukraine’s president spoke on Monday.", "’s", Upos.PART)]
    [InlineData("He's going to Geneva.", "'s", Upos.AUX)]
    [InlineData("It's clear that they're ready.", "'re", Upos.AUX)]
    [InlineData("Ana Kovac met officials in Geneva.", "Kovac", Upos.PROPN)]
    [InlineData("Ana Kovac met officials in Geneva.", "Geneva", Upos.PROPN)]
    [InlineData("The agency hired 8,000 workers in 2023.", "8,000", Upos.NUM)]
    [InlineData("They want to negotiate quickly.", "to", Upos.PART)]
    [InlineData("They walked to the station.", "to", Upos.ADP)]
    [InlineData("She will visit the border.", "will", Upos.AUX)]
    public void Tags_clitics_names_and_function_words(string text, string token, Upos expected)
        => Assert.Equal(expected, TagOf(text, token));

    [Fact]
    public void The_same_word_takes_its_tag_from_context()
    {
        Assert.Equal(Upos.NOUN, TagOf("The talks were a success.", "talks"));
        Assert.Equal(Upos.VERB, TagOf("She talks to reporters every day.", "talks"));
    }

    [Fact]
    public void The_pos_stage_writes_one_item_per_sentence_aligned_with_its_tokens()
    {
        var document = StandardPipeline.CreateUntil("pos").Run(DocumentReader.FromText("Prices rose sharply. The minister wasn't told.", "t"));
        var sentences = document.Get(Layers.Sentences);
        var pos = document.Get(Layers.Pos);
        Assert.Equal(sentences.Count, pos.Count);
        for (var s = 0; s < pos.Count; s++)
        {
            Assert.Equal(sentences[s].Span, pos[s].Span);
            Assert.Equal(sentences[s].FirstToken, pos[s].FirstToken);
            Assert.Equal(sentences[s].TokenCount, pos[s].Length);
            Assert.Equal(pos[s].Length, pos[s].Lemmas.Length);
        }

        Assert.Equal(["the", "minister", "be", "not", "tell", "."], pos[1].Lemmas);
        Assert.Equal(["price", "rise", "sharply", "."], pos[0].Lemmas);
    }

    [Fact]
    public void Words_of_a_name_the_entity_tagger_found_are_proper_nouns_and_the_verb_after_them_heads_the_sentence()
    {
        // Without the names, the tagger reads `International` as an adjective and the parser hangs `criticised` on
        // `Ecuador` as a modifier, leaving the sentence without a verb.
        const string text = "Amnesty International criticised Ecuador for failing to protect the witnesses.";
        var document = StandardPipeline.CreateUntil("syntax").Run(DocumentReader.FromText(text, "t"));
        var tags = document.Get(Layers.Pos)[0].Tags;
        Assert.Equal([Upos.PROPN, Upos.PROPN, Upos.VERB, Upos.PROPN], tags[..4]);
        var tree = document.Get(Layers.Syntax)[0];
        Assert.Equal("root", tree.Relations[2]);
        Assert.Equal(Upos.PUNCT, tags[^1]);
    }
}
