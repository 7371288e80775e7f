using Claimline.Entities;

namespace Claimline.Tests.Entities;

/// <summary>The acronym and plural-possessive joiners over hand-made tagger spans (token offsets, end exclusive).</summary>
public class NameJoinerTests
{
    private static string[] Words(string sentence) => sentence.Split(' ');

    [Fact]
    public void An_acronym_in_brackets_joins_the_pieces_of_the_long_form_it_spells()
    {
        var words = Words("the United Nations Mission in South Sudan ( UNMISS ) said");
        List<(int, int, EntityType)> spans = [(1, 4, EntityType.Org), (5, 7, EntityType.Loc), (8, 9, EntityType.Org)];
        AcronymNameJoiner.Join(spans, words);
        Assert.Equal([(1, 7, EntityType.Org), (8, 9, EntityType.Org)], spans);
    }

    [Fact]
    public void A_long_form_cut_short_is_extended_to_the_bracket_and_keeps_its_start()
    {
        var words = Words("the United Nations Office for the Coordination of Humanitarian Affairs ( OCHA ) said");
        List<(int, int, EntityType)> spans = [(1, 6, EntityType.Org), (11, 12, EntityType.Org)];
        AcronymNameJoiner.Join(spans, words);
        Assert.Equal([(1, 10, EntityType.Org), (11, 12, EntityType.Org)], spans);
    }

    [Fact]
    public void A_place_spelled_out_stays_a_place_and_a_name_already_whole_is_left_alone()
    {
        var place = Words("the Democratic Republic of Congo ( DRC ) said");
        List<(int, int, EntityType)> spans = [(1, 3, EntityType.Loc), (4, 5, EntityType.Loc), (6, 7, EntityType.Org)];
        AcronymNameJoiner.Join(spans, place);
        Assert.Equal([(1, 5, EntityType.Loc), (6, 7, EntityType.Org)], spans);

        var whole = Words("the World Health Organization ( WHO ) said");
        List<(int, int, EntityType)> done = [(1, 4, EntityType.Org), (5, 6, EntityType.Org)];
        AcronymNameJoiner.Join(done, whole);
        Assert.Equal([(1, 4, EntityType.Org), (5, 6, EntityType.Org)], done);
    }

    [Theory]
    [InlineData("officials from Chile ( CONAF ) said")]
    [InlineData("the agency , Conaf ( CONAF ) said")]
    [InlineData("( UN ) said")]
    public void Letters_that_do_not_spell_a_capitalized_long_form_change_nothing(string sentence)
    {
        var words = Words(sentence);
        List<(int, int, EntityType)> spans = [(2, 3, EntityType.Loc)];
        var before = spans.ToList();
        AcronymNameJoiner.Join(spans, words);
        Assert.Equal(before, spans);
    }

    [Fact]
    public void A_name_cut_at_a_plural_possessive_is_one_name_of_its_head_type()
    {
        var words = Words("the Bolivian Workers ' Centre said");
        List<(int, int, EntityType)> spans = [(1, 3, EntityType.Misc), (3, 5, EntityType.Org)];
        PluralPossessiveJoiner.Join(spans, words);
        Assert.Equal([(1, 5, EntityType.Org)], spans);

        List<(int, int, EntityType)> alone = [(3, 5, EntityType.Org)];
        PluralPossessiveJoiner.Join(alone, words);
        Assert.Equal([(4, 5, EntityType.Org)], alone);
    }

    [Fact]
    public void Joiners_never_throw_on_brackets_and_apostrophes_anywhere()
    {
        // Property: random sequences of brackets, apostrophes, acronyms and words; spans stay ordered and in range.
        var random = new Random(7);
        string[] vocabulary = ["(", ")", "'", "\u2019", "UN", "NATO", "United", "Nations", "of", "the", "Workers", "A", "B"];
        for (var round = 0; round < 2000; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 14)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var spans = new List<(int Start, int End, EntityType Type)>();
            for (var i = 0; i < words.Length; i++)
            {
                if (random.Next(3) == 0)
                {
                    var end = Math.Min(words.Length, i + 1 + random.Next(3));
                    spans.Add((i, end, (EntityType)random.Next(4)));
                    i = end - 1;
                }
            }

            PluralPossessiveJoiner.Join(spans, words);
            AcronymNameJoiner.Join(spans, words);
            for (var s = 0; s < spans.Count; s++)
            {
                Assert.InRange(spans[s].Start, 0, words.Length - 1);
                Assert.InRange(spans[s].End, spans[s].Start + 1, words.Length);
                Assert.True(s == 0 || spans[s - 1].End <= spans[s].Start, string.Join(' ', words));
            }
        }
    }
}
