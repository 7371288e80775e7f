using Claimline.Quotes;

using static Claimline.Tests.Quotes.QuoteTestText;

namespace Claimline.Tests.Quotes;

/// <summary>
/// General news attribution patterns that the sieves once missed, on invented sentences: a quote signed with a dash
/// and a name, interview transcripts, titles of works in quotation marks, and speakers inside quotation marks.
/// </summary>
public class AttributionPatternTests
{
    [Theory]
    [InlineData("―")]
    [InlineData("—")]
    [InlineData("–")]
    [InlineData("--")]
    public void A_quote_paragraph_signed_with_a_dash_and_a_name_is_that_persons(string dash)
    {
        var (text, quotes) = Run($"Readers wrote in after the storm.\n\n“Maria Delgado said the harbor was safe. We will rebuild it by spring anyway.” {dash} Ana Kovac, 34, of Tampa");
        var q = Containing(text, quotes, "rebuild it by spring");
        Assert.Equal(("Ana Kovac", dash, QuoteKind.Direct, "direct.dash"), (q.SpeakerText, q.Cue?.Of(text), q.Kind, q.Sieve));
        Assert.Equal("“Maria Delgado said the harbor was safe. We will rebuild it by spring anyway.”", q.Content.Single().Of(text));
        Assert.DoesNotContain(quotes, other => other != q && other.Span.Overlaps(q.Span));
    }

    [Fact]
    public void Each_line_of_a_list_of_signed_quotes_has_its_own_speaker()
    {
        var (text, quotes) = Run("What the neighbors told us:\n\n“The pier has been closed for a year and nobody explains why.” ― Thomas Reyes\n”The ferry is all we have left in winter.” ― Maria Delgado.\n“Fix the road first.”― Ana Kovac, a nurse");
        Assert.Equal("Thomas Reyes", Containing(text, quotes, "pier has been closed").SpeakerText);
        var typo = Containing(text, quotes, "ferry is all");
        Assert.Equal(("Maria Delgado", QuoteKind.Direct), (typo.SpeakerText, typo.Kind));
        Assert.Equal("Ana Kovac", Containing(text, quotes, "Fix the road").SpeakerText);
    }

    [Theory]
    [InlineData("He called the plan “a slow disaster for the harbor” — Maria Delgado disagreed with him at once.")]
    [InlineData("“The vote is over.” — Maria Delgado said later that she regretted the timing of it.")]
    [InlineData("“We will win,” Thomas Reyes said — and the crowd behind him cheered for Ana Kovac.")]
    public void A_dash_inside_a_sentence_is_no_signature(string text)
    {
        var (_, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => q.Sieve == "direct.dash");
    }

    [Fact]
    public void Interview_transcript_lines_are_quotes_of_the_speaker_in_capitals()
    {
        var (text, quotes) = Run("Kovac spoke to Thomas Reyes on Sunday.\n\nSEN. REYES: Will the harbor reopen before the summer season?\n\nKOVAC: Well, we have always said it would, and Maria Delgado thinks so too.");
        var question = Containing(text, quotes, "Will the harbor reopen");
        Assert.Equal(("SEN. REYES", ":", "colon"), (question.SpeakerText, question.Cue?.Of(text), question.Sieve));
        var answer = Containing(text, quotes, "we have always said");
        Assert.Equal(("KOVAC", "Well, we have always said it would, and Maria Delgado thinks so too."), (answer.SpeakerText, answer.Content.Single().Of(text)));
        Assert.DoesNotContain(quotes, q => q.SpeakerText == "Maria Delgado");
    }

    [Fact]
    public void A_transcript_quoted_as_a_block_keeps_one_speaker_a_paragraph()
    {
        var (text, quotes) = Run("Part of the interview follows:\n\n\"REYES: Ana, your rival called the plan “a fairy tale” on Friday. Is it?\n\n\"KOVAC: No. Thomas Reyes knows the funds are there, and he says so in private.\n\n\"REYES: Then why not publish the figures?\"");
        Assert.Equal("REYES", Containing(text, quotes, "your rival called").SpeakerText);
        Assert.Equal("KOVAC", Containing(text, quotes, "the funds are there").SpeakerText);
        Assert.Equal("REYES", Containing(text, quotes, "publish the figures").SpeakerText);
        Assert.DoesNotContain(quotes, q => q.SpeakerText is "he" or "Thomas Reyes");
    }

    [Theory]
    [InlineData("CLARIFICATION: An earlier version of this story gave the wrong date for the harbor vote.")]
    [InlineData("UPDATE: Ana Kovac was re-elected on Sunday with most of the votes.")]
    public void A_label_in_capitals_is_no_speaker(string text)
    {
        var (_, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => q.Sieve == "colon");
    }

    [Theory]
    [InlineData("On Tuesday Ana Kovac appeared on “The Morning Hour,” where she spoke about the harbor for ten minutes.", "The Morning Hour")]
    [InlineData("Thomas Reyes, whose book “How Cities Learn to Fail” came out in May, said the harbor would close.", "How Cities Learn")]
    [InlineData("The band closed the rally with the song “A Change Is Coming,” and Maria Delgado added a few words.", "A Change Is Coming")]
    [InlineData("In his 2019 book, “Harbors of the North,” Thomas Reyes suggested building a second pier.", "Harbors of the North")]
    public void A_quoted_title_of_a_work_is_no_quote(string text, string title)
    {
        var (_, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => q.Content.Count == 1 && q.Content[0].Of(text).Contains(title, StringComparison.Ordinal)
            && q.Content[0].Of(text).Length <= title.Length + 4);
    }

    [Fact]
    public void A_title_case_quote_said_by_someone_stays_speech()
    {
        // With no work noun, preposition or determiner before it, a Title-Case quotation beside a cue is speech.
        var (text, quotes) = Run("“Never Again,” Ana Kovac said after the vote.");
        var q = Containing(text, quotes, "Never Again");
        Assert.Equal(("Ana Kovac", QuoteKind.Direct), (q.SpeakerText, q.Kind));
    }

    [Fact]
    public void A_quoted_title_inside_a_transcript_line_stays_part_of_it()
    {
        var (text, quotes) = Run("The interview:\n\n\"REYES: She thinks this is an episode of “Harbor Nights.” It is not, and the voters know it.\n\n\"KOVAC: We will see in May.\"");
        Assert.Equal("REYES", Containing(text, quotes, "voters know it").SpeakerText);
    }

    [Fact]
    public void No_speaker_is_taken_from_inside_quotation_marks()
    {
        var (text, quotes) = Run("“The harbor has slipped from their consciousness,” Ana Kovac said, warning that the council would lose the next vote over it.");
        Assert.All(quotes.Where(q => q.Speaker is not null), q => Assert.False(q.SpeakerText!.Contains("consciousness", StringComparison.Ordinal), Describe(text, quotes)));
        Assert.Equal("Ana Kovac", Containing(text, quotes, "slipped from").SpeakerText);
    }
}
