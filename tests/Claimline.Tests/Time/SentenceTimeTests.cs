using Claimline.Model;

namespace Claimline.Tests.Time;

/// <summary>Each sentence's reference time: when its statement was made.</summary>
public class SentenceTimeTests
{
    [Fact]
    public void Statement_time_is_the_date_attached_to_the_speech_verb()
    {
        const string text = "“We remain concerned,” Austin said Wednesday. The talks went on.";
        var document = TimeTestText.Run(text, "2024-10-31");
        var sentences = document.Get(Layers.SentenceTimes);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(("2024-10-30", "statement"), (sentences[0].Value, sentences[0].Source));
        Assert.Equal("Wednesday", document.Get(Layers.Times)[sentences[0].Time!.Value].Span.Of(text));
        Assert.Equal(("2024-10-31", "dct"), (sentences[1].Value, sentences[1].Source));
    }

    [Fact]
    public void Statement_time_follows_a_relative_date_after_the_verb()
    {
        const string text = "Austin had said a day earlier that troops were moving.";
        var sentence = Assert.Single(TimeTestText.Run(text, "2024-10-31").Get(Layers.SentenceTimes));
        Assert.Equal("2024-10-30", sentence.Value);
    }

    [Fact]
    public void A_date_far_from_the_speech_verb_is_not_the_statement_time()
    {
        const string text = "He said the plant, which opened in 1990 after years of delay, will close.";
        var sentence = Assert.Single(TimeTestText.Run(text, "2024-10-31").Get(Layers.SentenceTimes));
        Assert.Equal("dct", sentence.Source);
    }

    [Fact]
    public void Without_a_document_date_a_sentence_without_a_dated_statement_has_no_time()
        => Assert.Null(Assert.Single(TimeTestText.Run("The talks went on.", null).Get(Layers.SentenceTimes)).Value);
}
