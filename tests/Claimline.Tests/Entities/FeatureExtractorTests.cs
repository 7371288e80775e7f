using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;

namespace Claimline.Tests.Entities;

public class FeatureExtractorTests
{
    private static readonly Gazetteer s_gazetteer = new(
    [
        ("North Korea", GazetteerCategory.Country),
        ("DPRK", GazetteerCategory.Country),
        ("China", GazetteerCategory.Country),
        ("Democratic People's Republic of Korea", GazetteerCategory.Country),
        ("North Korean", GazetteerCategory.Demonym),
    ],
    designators: ["Logistics", "GmbH", "plc"]);

    private static ulong[] Features(string[] tokens, int i, DocumentHistory? history = null, NerFeatureGroups groups = NerFeatureGroups.All)
    {
        var sentence = new SentenceFeatures();
        sentence.Prepare(tokens, s_gazetteer);
        var buffer = new ulong[FeatureExtractor.MaxFeatures];
        var n = FeatureExtractor.Extract(sentence, i, BilouLabels.Outside, BilouLabels.Outside, history, buffer, groups);
        return buffer[..n];
    }

    private static SentenceFeatures Prepared(params string[] tokens)
    {
        var sentence = new SentenceFeatures();
        sentence.Prepare(tokens, s_gazetteer);
        return sentence;
    }

    private static string Shape(string token, int maxRun = 4)
    {
        Span<char> shape = stackalloc char[32];
        return new string(shape[..TokenForm.Shape(token, shape, maxRun)]);
    }

    private static string[] Marks(params string[] tokens)
    {
        var sentence = new SentenceFeatures();
        sentence.Prepare(tokens, s_gazetteer);
        var lower = tokens.Select(t => FeatureHash.OfLower(TokenForm.Normalize(t))).ToArray();
        var marks = new uint[tokens.Length];
        s_gazetteer.Match(tokens, lower, marks);
        return marks.Select(m => string.Join("+", Enumerable.Range(0, 32).Where(b => (m & (1u << b)) != 0)
            .Select(b => "BILU"[b % 4] + "-" + (GazetteerCategory)(b / 4)))).ToArray();
    }

    [Theory]
    [InlineData("Washington", "Xxxxx", "Xx")]
    [InlineData("U.S.", "X.X.", "X.X.")]
    [InlineData("1996", "dddd", "d")]
    [InlineData("11,000-strong", "dd,ddd-xxxx", "d,d-x")]
    [InlineData("NATO", "XXXX", "X")]
    public void Shapes_map_letter_classes_and_cut_runs(string token, string shape, string shortShape)
    {
        Assert.Equal(shape, Shape(token));
        Assert.Equal(shortShape, Shape(token, maxRun: 1));
    }

    [Fact]
    public void Typographic_quotes_and_apostrophes_give_the_same_features_as_CoNLL_ascii()
    {
        Assert.Equal(Features(["Kovac", "'s", "\"", "plan"], 1), Features(["Kovac", "’s", "“", "plan"], 1));
        Assert.Equal(Features(["Kovac", "'s", "\"", "plan"], 2), Features(["Kovac", "’s", "”", "plan"], 2));
    }

    [Fact]
    public void Features_depend_on_the_neighbouring_words()
        => Assert.NotEqual(Features(["Ana", "Kovac", "said"], 1), Features(["Ana", "Kovac", "told"], 1));

    [Fact]
    public void Features_are_the_same_each_time()
        => Assert.Equal(Features(["Kovac", "met", "officials"], 0), Features(["Kovac", "met", "officials"], 0));

    [Fact]
    public void Gazetteer_matches_mark_BILOU_positions_of_multi_word_names()
    {
        Assert.Equal(["", "B-Country", "L-Country", ""], Marks("in", "North", "Korea", "today"));
        Assert.Equal(["B-Demonym", "L-Demonym", ""], Marks("North", "Korean", "troops"));
        Assert.Equal(
            ["", "B-Country", "I-Country", "I-Country", "I-Country", "I-Country", "L-Country"],
            Marks("the", "Democratic", "People", "’s", "Republic", "of", "Korea"));
    }

    [Fact]
    public void Gazetteer_matches_ignore_case_but_not_a_lower_case_start()
    {
        Assert.Equal(["U-Country", "U-Country"], Marks("CHINA", "DPRK"));
        Assert.Equal(["", ""], Marks("fine", "china"));
    }

    [Fact]
    public void Document_history_adds_features_for_a_word_tagged_earlier()
    {
        var history = new DocumentHistory();
        var without = Features(["Kovac", "said"], 0, history);
        history.Record(FeatureHash.OfLower("Kovac"), FeatureExtractor.Outcome(BilouLabels.Label(0, BilouPosition.Unit)));
        var with = Features(["Kovac", "said"], 0, history);
        Assert.True(with.Length > without.Length);
        Assert.Empty(without.Except(with));
    }

    [Fact]
    public void Document_history_forgets_words_outside_its_window()
    {
        var history = new DocumentHistory(window: 2);
        var kovac = FeatureHash.OfLower("Kovac");
        history.Record(kovac, 1);
        history.Record(FeatureHash.OfLower("Geneva"), 3);
        Assert.Equal(1, history.Lookup(kovac)[1]);
        history.Record(FeatureHash.OfLower("Tuesday"), 0);
        Assert.Equal(0, history.Lookup(kovac)[1]);
    }

    [Fact]
    public void Brown_clusters_are_found_as_written_lower_cased_or_Title_cased()
    {
        var sentence = Prepared("Shares", "of", "LOGISTICS", "firms", "xqzvkw");
        Assert.NotEqual(0UL, sentence.Cluster[1]);
        Assert.NotEqual(0UL, sentence.Cluster[2]);
        Assert.Equal(sentence.Cluster[2], Prepared("logistics").Cluster[0]);
        Assert.Equal(0UL, sentence.Cluster[4]);
    }

    [Fact]
    public void Cluster_and_designator_features_come_on_top_of_the_others_and_a_left_out_group_adds_none()
    {
        string[] tokens = ["Shares", "of", "Northwind", "Logistics", "rose"];
        var all = Features(tokens, 2);
        var without = Features(tokens, 2, groups: NerFeatureGroups.None);
        Assert.Empty(without.Except(all));
        Assert.True(all.Length >= without.Length + 8);
    }

    [Fact]
    public void A_capitalized_run_ending_in_a_designator_is_marked_whole()
    {
        var sentence = Prepared("Shares", "of", "Northwind", "Logistics", "rose", "at", "Procter", "&", "Gamble", "GmbH", ".");
        Assert.Equal(
            [false, false, true, true, false, false, true, true, true, true, false],
            sentence.InDesignatedRun[..sentence.Count]);
    }

    [Fact]
    public void Designators_match_as_listed_or_in_capitals_but_not_in_lower_case()
    {
        Assert.True(Prepared("NORTHWIND", "LOGISTICS").InDesignatedRun[0]);
        Assert.False(Prepared("Northwind", "logistics").Designator[1]);
        Assert.False(Prepared("Logistics").InDesignatedRun[0]);
        Assert.True(Prepared("Logistics").Designator[0]);
    }
}
