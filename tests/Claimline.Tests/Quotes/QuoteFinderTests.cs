using Claimline.Quotes;

using static Claimline.Tests.Quotes.QuoteTestText;

namespace Claimline.Tests.Quotes;

/// <summary>The quote stage on invented sentences: each pattern of issue #5 with its speaker, cue and kind.</summary>
public class QuoteFinderTests
{
    [Fact]
    public void A_curly_direct_quote_takes_the_speaker_after_it()
    {
        var (text, quotes) = Run("“The bridge will reopen in spring,” Mayor Ana Ortiz said.");
        var q = Containing(text, quotes, "bridge will reopen");
        Assert.Equal((QuoteKind.Direct, "Mayor Ana Ortiz", "say", SpeakerKind.Named), (q.Kind, q.SpeakerText, q.CueLemma, q.SpeakerKind));
        Assert.Equal("“The bridge will reopen in spring,”", q.Content.Single().Of(text));
    }

    [Fact]
    public void A_straight_quote_with_an_inverted_cue_takes_the_speaker_after_the_verb()
    {
        var (text, quotes) = Run("\"We need more buses on the night routes,\" said the transit director.");
        var q = Containing(text, quotes, "more buses");
        Assert.Equal(("the transit director", SpeakerKind.Role), (q.SpeakerText, q.SpeakerKind));
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_the_direct_quote()
    {
        var (text, quotes) = Run("“They kept calling it ‘a small delay’ for three years,” Ortiz said.");
        var q = Containing(text, quotes, "small delay");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.EndsWith("three years,”", q.Content.Single().Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_quote_is_one_quote_of_two_pieces()
    {
        var (text, quotes) = Run("“The pumps failed at night,” the engineer said, “and nobody was told until morning.”");
        var q = Containing(text, quotes, "pumps failed");
        Assert.Equal(2, q.Content.Count);
        Assert.Contains("nobody was told", q.Content[1].Of(text), StringComparison.Ordinal);
        Assert.Equal("the engineer", q.SpeakerText);
    }

    [Fact]
    public void A_quote_open_at_the_end_of_a_paragraph_continues_in_the_next()
    {
        var (text, quotes) = Run("Ortiz said: “The first phase covers the harbor and the old market.\n\n“The second phase starts once the funds arrive from the region.”");
        var q = Containing(text, quotes, "first phase");
        Assert.Equal(2, q.Content.Count);
        Assert.Contains("second phase", q.Content[1].Of(text), StringComparison.Ordinal);
        Assert.Equal("Ortiz", q.SpeakerText);
    }

    [Fact]
    public void Scare_quotes_around_two_words_are_no_quote_of_their_own()
    {
        var (_, quotes) = Run("The plan was called a “quiet revolution” in the local papers.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_short_quoted_phrase_inside_reported_speech_makes_it_mixed()
    {
        var (text, quotes) = Run("The minister said the new tax was “simply unfair” to small farmers.");
        var q = Containing(text, quotes, "new tax");
        Assert.Equal((QuoteKind.Mixed, "The minister"), (q.Kind, q.SpeakerText));
    }

    [Fact]
    public void Said_that_gives_an_indirect_quote_without_the_that()
    {
        var (text, quotes) = Run("The harbor authority said Tuesday that ferry traffic had doubled since January.");
        var q = Containing(text, quotes, "ferry traffic");
        Assert.Equal((QuoteKind.Indirect, "The harbor authority", SpeakerKind.Organization), (q.Kind, q.SpeakerText, q.SpeakerKind));
        Assert.StartsWith("ferry traffic", q.Content.Single().Of(text), StringComparison.Ordinal);
        Assert.Equal("2025-03-04", q.Date);
    }

    [Fact]
    public void Said_at_least_is_a_hedge_in_the_content_not_a_phrase_to_skip()
    {
        var (text, quotes) = Run("Thomas Reyes said at least 40 trucks crossed the border.");
        var q = Containing(text, quotes, "40 trucks");
        Assert.Equal("Thomas Reyes", q.SpeakerText);
        Assert.StartsWith("at least 40 trucks", q.Content.Single().Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_speaker_before_an_appositive_is_the_name()
    {
        var (text, quotes) = Run("Ana Kovac, an engineer at the port, said 12 cranes were idle.");
        var q = Containing(text, quotes, "12 cranes");
        Assert.StartsWith("Ana Kovac", q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal("person:ana-kovac", q.SpeakerKey);
    }

    [Fact]
    public void Said_through_an_interpreter_is_how_it_was_said_not_what()
    {
        var (text, quotes) = Run("Minister Ana Kovac arrived late. There is a good chance that the port reopens in May, she said through an interpreter.");
        var q = Containing(text, quotes, "port reopens in May");
        Assert.Equal("she", q.SpeakerText);
        Assert.DoesNotContain(quotes, x => x.Content.Any(c => c.Of(text) == "an interpreter"));
    }

    [Fact]
    public void A_clause_before_comma_speaker_said_is_the_content()
    {
        var (text, quotes) = Run("Rents in the old town rose by a third last year, a city planner said.");
        var q = Containing(text, quotes, "Rents in the old town");
        Assert.Equal(("a city planner", SpeakerKind.Unnamed), (q.SpeakerText, q.SpeakerKind));
    }

    [Fact]
    public void According_to_puts_the_source_after_it()
    {
        var (text, quotes) = Run("According to the fire service, the blaze started in a kitchen on the third floor.");
        var q = Containing(text, quotes, "blaze started");
        Assert.Equal(("the fire service", "according to"), (q.SpeakerText, q.CueLemma));
    }

    [Fact]
    public void Adding_that_starts_a_second_quote_by_the_same_speaker()
    {
        var (text, quotes) = Run("Ortiz said the harbor would reopen in May, adding that the fish market would follow in June.");
        var first = Containing(text, quotes, "harbor would reopen");
        var second = Containing(text, quotes, "fish market");
        Assert.DoesNotContain("fish market", first.Content.Single().Of(text), StringComparison.Ordinal);
        Assert.Equal(("Ortiz", "add"), (second.SpeakerText, second.CueLemma));
    }

    [Fact]
    public void He_said_resolves_to_the_last_named_speaker()
    {
        var (text, quotes) = Run("“The pumps are old,” engineer Paulo Mendes said.\n\nHe said the repairs would take two months.");
        var q = Containing(text, quotes, "repairs would take");
        Assert.Equal((SpeakerKind.Pronoun, "Paulo Mendes"), (q.SpeakerKind, q.ResolvedText));
    }

    [Fact]
    public void A_surname_resolves_to_the_earlier_full_name_without_its_title()
    {
        var (text, quotes) = Run("Harbor Director Paulo Mendes opened the new quay on Monday.\n\n“It is the largest in the region,” Mendes said.");
        var q = Containing(text, quotes, "largest in the region");
        Assert.Equal("Paulo Mendes", q.ResolvedText);
    }

    [Fact]
    public void Unnamed_sources_are_marked_as_such()
    {
        var (text, quotes) = Run("The talks could resume next week, officials said.");
        var q = Containing(text, quotes, "talks could resume");
        Assert.Equal(("officials", SpeakerKind.Unnamed), (q.SpeakerText, q.SpeakerKind));
    }

    [Fact]
    public void Several_speakers_at_once_are_one_multiple_speaker()
    {
        var (text, quotes) = Run("Lisbon and its partners estimate that the reef has lost half its coral.");
        var q = Containing(text, quotes, "reef has lost");
        Assert.Equal(("Lisbon and its partners", SpeakerKind.Multiple, "estimate"), (q.SpeakerText, q.SpeakerKind, q.CueLemma));
    }

    [Fact]
    public void A_titled_name_after_a_long_statement_is_the_whole_speaker()
    {
        var (text, quotes) = Run(
            "Chile will send an additional 250 firefighters to Portugal next month, bringing the number of Chilean crews working in Portugal to about 700, Interior Minister Rosa Vidal said Thursday.");
        var q = Containing(text, quotes, "additional 250 firefighters");
        Assert.Equal("Rosa Vidal", q.SpeakerCanonical);
    }

    [Fact]
    public void Thoughts_and_plans_are_attributions()
    {
        var (text, quotes) = Run("Mayor Ana Ortiz wants the ferry to run all night.\n\nThe councillors plan to vote on the new budget next week.");
        Assert.Equal("want", Containing(text, quotes, "ferry to run").CueLemma);
        Assert.Equal("plan", Containing(text, quotes, "vote on the new budget").CueLemma);
    }

    [Fact]
    public void A_form_that_is_also_a_noun_is_no_cue_after_a_determiner()
    {
        var (text, quotes) = Run("The state plans for the harbor were drawn up in 1990 by three engineers.\n\nHer support for the new quay never wavered over the years.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_capitalized_cue_form_inside_a_sentence_is_a_name()
    {
        var (_, quotes) = Run("The Secretary of State traveled to the harbor with five advisers on Monday.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Two_apostrophes_mark_a_quote()
    {
        var (text, quotes) = Run("''The water is rising faster than we planned for,'' Mr. Mendes said.");
        var q = Containing(text, quotes, "water is rising");
        Assert.Equal((QuoteKind.Direct, "say"), (q.Kind, q.CueLemma));
        Assert.Contains("Mendes", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_and_a_colon_opening_a_paragraph_attribute_the_rest()
    {
        var (text, quotes) = Run("Ortiz: Harbor Will Reopen Before the Summer\n\nORTIZ: We have the money and we have the crews ready to start.");
        var headline = Containing(text, quotes, "Harbor Will Reopen");
        Assert.Equal(("Ortiz", ":"), (headline.SpeakerText, headline.Cue!.Value.Of(text)));
        Assert.Equal("ORTIZ", Containing(text, quotes, "crews ready").SpeakerText);
    }

    [Fact]
    public void A_label_and_a_colon_make_no_quote()
    {
        var (_, quotes) = Run("Update: The harbor reopened on Monday after three weeks of repairs.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Speakers_carry_their_referent_key_and_canonical_name()
    {
        var (text, quotes) = Run("Harbor Director Paulo Mendes opened the new quay on Monday.\n\n“It is the largest in the region,” Mendes said.\n\nHe said the work would go on until June.");
        var named = Containing(text, quotes, "largest in the region");
        Assert.Equal(("person:paulo-mendes", "Paulo Mendes"), (named.SpeakerKey, named.SpeakerCanonical));
        var pronoun = Containing(text, quotes, "work would go on");
        Assert.Equal(("person:paulo-mendes", "Paulo Mendes"), (pronoun.SpeakerKey, pronoun.ResolvedText));
    }
}
