using Claimline.Model;
using Claimline.Syntax;
using CsCheck;

namespace Claimline.Tests.Syntax;

public class DependencyTreeTests
{
    // "The minister said that troops had arrived ." (invented), heads 0-based, -1 the root:
    // The(1,det) minister(2,nsubj) said(-1,root) that(6,mark) troops(6,nsubj) had(6,aux) arrived(2,ccomp) .(2,punct)
    private static readonly DependencyTree s_said = new(
        new TextSpan(0, 45),
        0,
        [1, 2, -1, 6, 6, 6, 2, 2],
        ["det", "nsubj", "root", "mark", "nsubj", "aux", "ccomp", "punct"]);

    [Fact]
    public void Root_is_the_word_without_a_head() => Assert.Equal(2, s_said.Root);

    [Fact]
    public void Children_come_left_to_right() => Assert.Equal([1, 6, 7], s_said.Children(2));

    [Fact]
    public void Subject_and_object_are_read_from_the_predicate()
    {
        Assert.Equal(1, s_said.SubjectOf(2));
        Assert.Equal(4, s_said.SubjectOf(6));
        Assert.Equal(-1, s_said.ObjectOf(2));
    }

    [Fact]
    public void A_word_in_a_complement_clause_belongs_to_that_clause()
    {
        Assert.Equal(6, s_said.ClauseOf(4));
        Assert.Equal(6, s_said.ClauseOf(3));
        Assert.Equal(2, s_said.ClauseOf(1));
    }

    [Fact]
    public void Subtree_range_covers_the_complement_clause() => Assert.Equal((3, 6), s_said.SubtreeRange(6));

    [Fact]
    public void Subtyped_relations_match_their_base_relation()
    {
        // "Troops were sent ." — Troops(2,nsubj:pass) were(2,aux:pass) sent(-1,root) .(2,punct)
        var tree = new DependencyTree(new TextSpan(0, 17), 0, [2, 2, -1, 2], ["nsubj:pass", "aux:pass", "root", "punct"]);
        Assert.Equal(0, tree.SubjectOf(2));
        Assert.Equal("nsubj", tree.BaseRelation(0));
        Assert.Equal(-1, tree.Child(2, "nsubj:outer"));
    }

    [Theory]
    [InlineData(new[] { -1 }, true)]
    [InlineData(new[] { 1, -1, 1 }, true)]
    [InlineData(new int[0], true)]
    [InlineData(new[] { -1, -1 }, false)]        // two roots
    [InlineData(new[] { 1, 0 }, false)]          // a cycle and no root
    [InlineData(new[] { -1, 2, 1 }, false)]      // a cycle beside the root
    [InlineData(new[] { -1, 5 }, false)]         // head out of range
    [InlineData(new[] { -1, 1 }, false)]         // own head
    public void IsTree_accepts_only_trees(int[] heads, bool expected) => Assert.Equal(expected, DependencyTree.IsTree(heads));

    [Fact]
    public void Every_random_tree_built_from_parent_choices_is_a_tree_and_its_subtrees_hold_their_words()
    {
        // A word's head chosen among earlier words (or the root for word 0) always gives a tree: check IsTree agrees
        // and that Dominates and Children are consistent with Heads.
        Gen.Int[1, 40].SelectMany(n => Gen.Int[0, 1000].Array[n].Select(choices => (n, choices))).Sample(sample =>
        {
            var (n, choices) = sample;
            var heads = new int[n];
            for (var i = 0; i < n; i++)
            {
                heads[i] = i == 0 ? -1 : choices[i] % i;
            }

            var tree = new DependencyTree(new TextSpan(0, n), 0, heads, [.. Enumerable.Repeat("dep", n)]);
            Assert.True(DependencyTree.IsTree(heads));
            for (var w = 0; w < n; w++)
            {
                foreach (var c in tree.Children(w))
                {
                    Assert.Equal(w, heads[c]);
                }

                Assert.True(tree.Dominates(0, w));
            }

            Assert.Equal(n - 1, Enumerable.Range(0, n).Sum(w => tree.Children(w).Count()));
        });
    }
}
