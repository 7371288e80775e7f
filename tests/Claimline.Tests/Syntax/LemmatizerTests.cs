using Claimline.Syntax;
using Claimline.Syntax.Lemmatization;

namespace Claimline.Tests.Syntax;

/// <summary>The shipped lemmatizer: the EWT lookup for irregular words, the suffix rules for words it has not seen, and EWT's casing.</summary>
public class LemmatizerTests
{
    [Theory]
    [InlineData("was", Upos.AUX, "be")]
    [InlineData("n't", Upos.PART, "not")]
    [InlineData("n’t", Upos.PART, "not")]
    [InlineData("me", Upos.PRON, "I")]
    [InlineData("an", Upos.DET, "a")]
    [InlineData("children", Upos.NOUN, "child")]
    [InlineData("went", Upos.VERB, "go")]
    public void Irregular_words_come_from_the_lookup(string form, Upos tag, string lemma)
        => Assert.Equal(lemma, Lemmatizer.English.Lemma(form, tag));

    [Theory]
    [InlineData("tariffs", Upos.NOUN, "tariff")]
    [InlineData("ceasefires", Upos.NOUN, "ceasefire")]
    [InlineData("batteries", Upos.NOUN, "battery")]
    [InlineData("renegotiating", Upos.VERB, "renegotiate")]
    [InlineData("rebranded", Upos.VERB, "rebrand")]
    [InlineData("outlasted", Upos.VERB, "outlast")]
    [InlineData("Shelling", Upos.VERB, "shell")]
    [InlineData("quietest", Upos.ADJ, "quiet")]
    public void Unseen_words_follow_the_suffix_rules(string form, Upos tag, string lemma)
        => Assert.Equal(lemma, Lemmatizer.English.Lemma(form, tag));

    [Theory]
    [InlineData("Kovac", Upos.PROPN, "Kovac")]
    [InlineData("Zelenskyy", Upos.PROPN, "Zelenskyy")]
    [InlineData("The", Upos.DET, "the")]
    [InlineData("Officials", Upos.NOUN, "official")]
    [InlineData("TV", Upos.NOUN, "TV")]
    [InlineData("200,000", Upos.NUM, "200000")]
    [InlineData("1.5", Upos.NUM, "1.5")]
    public void Casing_and_numbers_follow_the_treebank(string form, Upos tag, string lemma)
        => Assert.Equal(lemma, Lemmatizer.English.Lemma(form, tag));

    [Fact]
    public void Known_lemmas_are_shared_instances()
        => Assert.Same(Lemmatizer.English.Lemma("prices", Upos.NOUN), Lemmatizer.English.Lemma("Prices", Upos.NOUN));

    [Fact]
    public void A_rule_needs_a_long_enough_stem()
    {
        var rules = new LemmaRules([(Upos.NOUN, new LemmaRule("s", "", 3))]);
        var lemmatizer = new Lemmatizer(rules, [], [], vocabulary: null);
        Assert.Equal("bus", lemmatizer.Lemma("bus", Upos.NOUN));
        Assert.Equal("grape", lemmatizer.Lemma("grapes", Upos.NOUN));
    }

    [Fact]
    public void A_rule_whose_result_is_a_known_lemma_wins_over_an_earlier_one()
    {
        var rules = new LemmaRules([(Upos.VERB, new LemmaRule("ed", "", 2)), (Upos.VERB, new LemmaRule("ed", "e", 2))]);
        var lemmatizer = new Lemmatizer(rules, [], [("bake", Upos.VERB)], vocabulary: null);
        Assert.Equal("bake", lemmatizer.Lemma("baked", Upos.VERB));
        Assert.Equal("jump", lemmatizer.Lemma("jumped", Upos.VERB));
    }
}
