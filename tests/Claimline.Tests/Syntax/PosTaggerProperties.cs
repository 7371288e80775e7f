using Claimline.Syntax;
using Claimline.Syntax.Lemmatization;
using Claimline.Syntax.Tagging;
using CsCheck;

namespace Claimline.Tests.Syntax;

/// <summary>
/// Whatever the tokens (empty strings, punctuation only, any UTF-16, very long sentences), the tagger gives one real
/// tag per token and the lemmatizer a lemma, without an exception.
/// </summary>
public sealed class PosTaggerProperties
{
    private static readonly Gen<string> s_token = Gen.Frequency(
        (4, Gen.String[0, 12]),
        (3, Gen.OneOf<string>("", ".", ",", "!", "?", "'", "’", "“", "”", "\"", "--", "—", "(", ")", "n't", "'s", "...")),
        (3, Gen.Char['a', 'z'].Array[1, 9].Select(chars => new string(chars))),
        (1, Gen.Char.Array[60, 200].Select(chars => new string(chars))));

    private static void AssertTagged(string[] tokens)
    {
        var tags = PosTagger.English.Tag(tokens);
        Assert.Equal(tokens.Length, tags.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.InRange((int)tags[i], 1, UposNames.Count);
            Assert.NotNull(Lemmatizer.English.Lemma(tokens[i], tags[i]));
        }
    }

    [Fact]
    public void Any_token_sequence_gets_one_tag_per_token()
        => s_token.Array[0, 60].Sample(AssertTagged, iter: 300);

    [Fact]
    public void Punctuation_only_and_empty_sentences_are_tagged()
    {
        AssertTagged([]);
        AssertTagged([""]);
        AssertTagged([".", ".", "!", "?", "--", "\"", "\""]);
    }

    [Fact]
    public void A_sentence_of_a_thousand_tokens_is_tagged()
        => Gen.OneOf<string>("the", "vote", ",", "", "Kyiv", "12", "—", "said").Array[1000].Sample(AssertTagged, iter: 5);
}
