using Claimline.Entities.Training;

namespace Claimline.Tests.Entities;

public class ConllDocumentsTests
{
    private static ConllSentence S(params string[] words) => new(words, [.. words.Select(_ => "O")], 0);

    private static List<ConllSentence> Articles(int count, int body)
    {
        var sentences = new List<ConllSentence>();
        for (var a = 0; a < count; a++)
        {
            sentences.Add(S("Headline", a.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            sentences.Add(S("LONDON", "1996-08-30"));
            for (var b = 0; b < body; b++)
            {
                sentences.Add(S("Body", "text", "."));
            }
        }

        return sentences;
    }

    [Theory]
    [InlineData(new[] { "BRUSSELS", "1996-08-22" }, true)]
    [InlineData(new[] { "SAO", "PAULO", "1996-08-22" }, true)]
    [InlineData(new[] { "1996-08-22" }, false)]
    [InlineData(new[] { "He", "said", "on", "1996-08-22", "that", "it", "was", "not", "." }, false)]
    [InlineData(new[] { "LONDON", "1996" }, false)]
    public void A_dateline_is_a_short_sentence_ending_in_an_ISO_date(string[] words, bool expected)
        => Assert.Equal(expected, ConllDocuments.IsDateline(words));

    [Fact]
    public void An_article_starts_at_the_headline_before_its_dateline()
    {
        var documents = ConllDocuments.Assign(Articles(3, 2));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2], documents);
    }

    [Fact]
    public void Folds_are_contiguous_whole_articles_of_about_equal_size()
    {
        var sentences = Articles(10, 3);
        var documents = ConllDocuments.Assign(sentences);
        var folds = ConllDocuments.Folds(sentences, 5);
        for (var s = 1; s < sentences.Count; s++)
        {
            Assert.True(folds[s] >= folds[s - 1]);
            if (documents[s] == documents[s - 1])
            {
                Assert.Equal(folds[s - 1], folds[s]);
            }
        }

        Assert.All(Enumerable.Range(0, 5), k => Assert.Equal(10, folds.Count(f => f == k)));
        var (train, heldOut) = ConllDocuments.Split(sentences, folds, 2);
        Assert.Equal(40, train.Count);
        Assert.Equal(10, heldOut.Count);
        Assert.Equal("4", heldOut[0].Words[1]);
    }
}
