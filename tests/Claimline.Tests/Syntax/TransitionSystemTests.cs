using Claimline.Syntax.Parsing;

namespace Claimline.Tests.Syntax;

/// <summary>The arc-hybrid system and its dynamic oracle on small invented trees.</summary>
public class TransitionSystemTests
{
    // "The old mayor of Tarnow said on Monday that the bridge would reopen ." (heads 0-based, -1 root)
    private static readonly int[] s_heads = [2, 2, 5, 4, 2, -1, 7, 5, 12, 10, 12, 12, 5, 5];

    // "Lena gave Omar a red kite" (a tree with two right dependents and a left one)
    private static readonly int[] s_small = [1, -1, 1, 5, 5, 1];

    [Theory]
    [MemberData(nameof(Trees))]
    public void Following_zero_cost_moves_rebuilds_a_projective_tree_exactly(int[] gold)
    {
        Assert.True(Projectivizer.IsProjective(gold));
        var state = new ParserState();
        state.Reset(gold.Length);
        var moves = 0;
        while (!state.IsTerminal)
        {
            var move = Enumerable.Range(0, 3).Select(m => (Transition)m).First(m => DynamicOracle.Cost(state, m, gold) == 0);
            state.Apply(move, 0, 0);
            moves++;
        }

        Assert.Equal(gold, state.Heads.AsSpan(0, gold.Length).ToArray());
        Assert.Equal((2 * gold.Length) - 1, moves);
    }

    [Fact]
    public void A_wrong_move_costs_the_arcs_it_makes_unreachable()
    {
        var state = new ParserState();
        state.Reset(s_small.Length);
        state.Apply(Transition.Shift, 0, 0); // stack: Lena; buffer: gave …

        // Lena's head is gave, the buffer's first word: attaching left is free; shifting gave over it loses that arc
        // and makes gave (the root) unable to end alone on the stack.
        Assert.Equal(0, DynamicOracle.Cost(state, Transition.Left, s_small));
        Assert.Equal(2, DynamicOracle.Cost(state, Transition.Shift, s_small));
        Assert.Equal(int.MaxValue, DynamicOracle.Cost(state, Transition.Right, s_small));
    }

    [Fact]
    public void Every_sequence_of_valid_moves_ends_in_one_tree()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(0, 30);
            var state = new ParserState();
            state.Reset(n);
            while (!state.IsTerminal)
            {
                var valid = Enumerable.Range(0, 3).Select(m => (Transition)m).Where(state.IsValid).ToArray();
                state.Apply(valid[random.Next(valid.Length)], 0, 0);
            }

            Assert.True(Claimline.Syntax.DependencyTree.IsTree(state.Heads.AsSpan(0, n)));
        }
    }

    public static TheoryData<int[]> Trees() => new() { s_heads, s_small, new[] { -1 }, new[] { 1, -1 }, new[] { -1, 0, 1, 2 } };
}
