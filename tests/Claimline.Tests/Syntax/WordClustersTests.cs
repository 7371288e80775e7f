using System.Text;
using Claimline.Text;

namespace Claimline.Tests.Syntax;

public class WordClustersTests
{
    private static WordClusters Small() => WordClusters.Read(new MemoryStream(Encoding.UTF8.GetBytes(
        "0010\tWednesday\t900\n0011\tThursday\t800\n011010\tsaid\t5000\n0110111\ttold\t100\n")));

    [Fact]
    public void Prefixes_of_words_in_one_subtree_agree_and_differ_deeper()
    {
        var clusters = Small();
        Assert.Equal(clusters.Prefix("Wednesday", 3), clusters.Prefix("Thursday", 3));
        Assert.NotEqual(clusters.Prefix("Wednesday", 4), clusters.Prefix("Thursday", 4));
        Assert.Equal(clusters.Prefix("said", 4), clusters.Prefix("told", 4));
    }

    [Fact]
    public void A_prefix_longer_than_the_path_is_the_whole_path_and_differs_from_a_shorter_one()
    {
        var clusters = Small();
        Assert.Equal(clusters.Path("said"), clusters.Prefix("said", 20));
        Assert.NotEqual(clusters.Prefix("said", 2), clusters.Prefix("said", 20));
    }

    [Fact]
    public void Unknown_words_have_no_cluster_and_case_falls_back()
    {
        var clusters = Small();
        Assert.Equal(0UL, clusters.Path("zzyzx"));
        Assert.Equal(clusters.Path("said"), clusters.Path("SAID"));
        Assert.Equal(clusters.Path("Thursday"), clusters.Path("THURSDAY"));
        Assert.Equal(0UL, clusters.Path(""));
    }

    [Fact]
    public void The_shipped_clusters_load_and_know_common_news_words()
    {
        var clusters = WordClusters.English;
        Assert.True(clusters.Count > 50_000);
        Assert.NotEqual(0UL, clusters.Path("said"));
        Assert.Equal(clusters.Prefix("Monday", 10), clusters.Prefix("Tuesday", 10));
    }
}
