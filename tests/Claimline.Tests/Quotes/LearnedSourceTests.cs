using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quotes;
using Claimline.Quotes.Attribution;
using Claimline.Quotes.Finders;

namespace Claimline.Tests.Quotes;

/// <summary>Which sources of the learned model are no speaker at all and give way to the rules' subject of the cue.</summary>
public class LearnedSourceTests
{
    private const string Text = "In August officials and Kovac together recently said she was going home.";

    private static readonly QuoteContext s_context = new(
        StandardPipeline.CreateUntil("times").Run(new Document(Text, new DocumentMeta("test", Published: new DateOnly(2025, 9, 1)))),
        QuoteLexicon.English);

    [Theory]
    [InlineData("August", true)]
    [InlineData("together", true)]
    [InlineData("recently", true)]
    [InlineData("going", true)]
    [InlineData("officials", false)]
    [InlineData("Kovac", false)]
    [InlineData("she", false)]
    public void A_time_word_an_adverb_or_a_participle_names_nobody(string word, bool namesNobody)
    {
        var token = s_context.Tokens.AsSpan().ToArray().ToList().FindIndex(t => t.Span.Of(Text) == word);

        Assert.Equal(namesNobody, LearnedAttributionFinder.NamesNobody(s_context, new SpeakerPhrase(token, token, SpeakerKind.Named)));
    }
}
