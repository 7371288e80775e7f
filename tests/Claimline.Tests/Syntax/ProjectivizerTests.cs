using Claimline.Syntax.Parsing;

namespace Claimline.Tests.Syntax;

/// <summary>Pseudo-projective lifting (HEAD encoding) on an invented non-projective tree.</summary>
public class ProjectivizerTests
{
    // "A hearing is scheduled on the issue today ." with "on the issue" attached to "hearing" across "is scheduled".
    private static readonly int[] s_heads = [1, 3, 3, -1, 6, 6, 1, 3, 3];
    private static readonly string[] s_relations = ["det", "nsubj:pass", "aux:pass", "root", "case", "det", "nmod", "obl:tmod", "punct"];

    [Fact]
    public void Lifting_makes_the_tree_projective_and_records_the_lost_head()
    {
        Assert.False(Projectivizer.IsProjective(s_heads));
        var (heads, relations, lifts) = Projectivizer.Lift(s_heads, s_relations);
        Assert.True(Projectivizer.IsProjective(heads));
        Assert.Equal(1, lifts);
        Assert.Equal(3, heads[6]);
        Assert.Equal("nmod|nsubj", relations[6]);
    }

    [Fact]
    public void Unlifting_a_lifted_tree_gives_the_original_back()
    {
        var (heads, relations, _) = Projectivizer.Lift(s_heads, s_relations);
        Projectivizer.Unlift(heads, relations);
        Assert.Equal(s_heads, heads);
        Assert.Equal(s_relations, relations);
    }

    [Fact]
    public void A_projective_tree_is_left_alone()
    {
        int[] heads = [1, -1, 1];
        var (lifted, relations, lifts) = Projectivizer.Lift(heads, ["nsubj", "root", "obj"]);
        Assert.Equal(0, lifts);
        Assert.Equal(heads, lifted);
        Assert.Equal(["nsubj", "root", "obj"], relations);
    }

    [Fact]
    public void Unlifting_without_a_matching_word_keeps_the_head_and_drops_the_record()
    {
        int[] heads = [1, -1, 1];
        string[] relations = ["nsubj", "root", "obl|ccomp"];
        Projectivizer.Unlift(heads, relations);
        Assert.Equal([1, -1, 1], heads);
        Assert.Equal("obl", relations[2]);
    }
}
