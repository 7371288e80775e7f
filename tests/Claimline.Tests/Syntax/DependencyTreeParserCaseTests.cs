using Claimline.Model;
using Claimline.Syntax;

namespace Claimline.Tests.Syntax;

/// <summary>The small API of the syntax layer on a hand-built tree.</summary>
public class DependencyTreeParserCaseTests
{
    // "The minister said the talks had failed ."
    private static readonly DependencyTree s_tree = new(
        new TextSpan(0, 40), 0, [1, 2, -1, 4, 6, 6, 2, 2], ["det", "nsubj", "root", "det", "nsubj", "aux", "ccomp", "punct"]);

    [Fact]
    public void Heads_relations_and_children_read_the_tree()
    {
        Assert.Equal(2, s_tree.Root);
        Assert.Equal(2, s_tree.Head(1));
        Assert.Equal("ccomp", s_tree.Relation(6));
        Assert.Equal([1, 6, 7], s_tree.Children(2));
        Assert.Equal([4, 5], s_tree.Children(6));
    }

    [Fact]
    public void Subject_object_and_clause_of_a_word()
    {
        Assert.Equal(1, s_tree.SubjectOf(2));
        Assert.Equal(4, s_tree.SubjectOf(6));
        Assert.Equal(-1, s_tree.ObjectOf(2));
        Assert.Equal(6, s_tree.ClauseOf(3));
        Assert.Equal(2, s_tree.ClauseOf(0));
        Assert.True(s_tree.Dominates(2, 3));
        Assert.False(s_tree.Dominates(6, 1));
        Assert.Equal((3, 6), s_tree.SubtreeRange(6));
    }

    [Theory]
    [InlineData(new[] { -1, 0, 0 }, true)]
    [InlineData(new int[0], true)]
    [InlineData(new[] { -1, -1 }, false)]
    [InlineData(new[] { 1, 0, -1 }, false)]
    [InlineData(new[] { -1, 3 }, false)]
    public void IsTree_accepts_one_rooted_acyclic_tree_only(int[] heads, bool tree)
        => Assert.Equal(tree, DependencyTree.IsTree(heads));
}
