namespace Claimline.Syntax.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg &amp; Nivre 2012, 2013): the cost of a move is the number of
/// gold arcs that were still reachable before it and are not after it. Arc-hybrid is arc-decomposable, so the cost is
/// a count over the stack and buffer; moves of cost 0 lead to the best tree still reachable from any configuration,
/// the parser's own mistakes included. Gold trees must be projective (<see cref="Projectivizer.Lift"/>).
/// </summary>
public static class DynamicOracle
{
    /// <summary>The cost of <paramref name="move"/> in <paramref name="state"/> for gold heads <paramref name="gold"/> (-1: root); int.MaxValue if invalid.</summary>
    public static int Cost(ParserState state, Transition move, ReadOnlySpan<int> gold)
    {
        if (!state.IsValid(move))
        {
            return int.MaxValue;
        }

        var n = state.Length;
        var front = state.Front;
        var stack = state.StackWords;
        switch (move)
        {
            case Transition.Shift:
                {
                    // The first word can no longer take a head from below the stack's top, nor be the head of a stack word,
                    // nor be the root if the stack is not empty (the words under it could never be popped).
                    var cost = 0;
                    var head = gold[front];
                    for (var i = 0; i < stack.Length; i++)
                    {
                        if (gold[stack[i]] == front)
                        {
                            cost++;
                        }

                        if (i < stack.Length - 1 && head == stack[i])
                        {
                            cost++;
                        }
                    }

                    if (head < 0 && stack.Length > 0)
                    {
                        cost++;
                    }

                    return cost;
                }

            case Transition.Left:
                {
                    // The top word leaves: its dependents still in the buffer are lost, and so is its own head unless it is
                    // the buffer's first word (a head below it or further in the buffer was still reachable).
                    var s0 = stack[^1];
                    var cost = DependentsInBuffer(gold, s0, front, n);
                    var head = gold[s0];
                    if (head != front && ((stack.Length >= 2 && head == stack[^2]) || head > front))
                    {
                        cost++;
                    }

                    if (head < 0 && stack.Length == 1)
                    {
                        cost++;
                    }

                    return cost;
                }

            default:
                {
                    // The top word leaves under the word below it: its dependents in the buffer and a head in the buffer are lost.
                    var s0 = stack[^1];
                    var cost = DependentsInBuffer(gold, s0, front, n);
                    if (gold[s0] >= front)
                    {
                        cost++;
                    }

                    return cost;
                }
        }
    }

    private static int DependentsInBuffer(ReadOnlySpan<int> gold, int word, int front, int n)
    {
        var count = 0;
        for (var d = front; d < n; d++)
        {
            if (gold[d] == word)
            {
                count++;
            }
        }

        return count;
    }
}
