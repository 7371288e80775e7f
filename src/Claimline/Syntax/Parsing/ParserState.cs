namespace Claimline.Syntax.Parsing;

/// <summary>
/// A configuration of the arc-hybrid system over one sentence of <see cref="Length"/> words: the stack, the buffer
/// (the words from <see cref="Front"/> on), the arcs made so far, and per word the two outermost dependents on each
/// side, dependent counts and the set of relations attached on each side, which the features read. Buffers grow and
/// are reused from sentence to sentence, so parsing allocates nothing per word. Not thread-safe.
/// </summary>
public sealed class ParserState
{
    private int[] _stack = new int[64];

    /// <summary>Number of words in the sentence.</summary>
    public int Length { get; private set; }

    /// <summary>Number of words on the stack.</summary>
    public int Depth { get; private set; }

    /// <summary>The buffer's first word; <see cref="Length"/> when the buffer is empty.</summary>
    public int Front { get; private set; }

    public int[] Heads { get; private set; } = new int[64];

    /// <summary>Label index of each word's arc (-1 while it has no head).</summary>
    public int[] Labels { get; private set; } = new int[64];

    public int[] LeftMost { get; private set; } = new int[64];

    public int[] LeftSecond { get; private set; } = new int[64];

    public int[] RightMost { get; private set; } = new int[64];

    public int[] RightSecond { get; private set; } = new int[64];

    public int[] LeftCount { get; private set; } = new int[64];

    public int[] RightCount { get; private set; } = new int[64];

    /// <summary>Bit per universal relation (<see cref="ParseLabels.GroupOf"/>) of the dependents on the left.</summary>
    public ulong[] LeftSet { get; private set; } = new ulong[64];

    public ulong[] RightSet { get; private set; } = new ulong[64];

    public bool IsTerminal => Front >= Length && Depth <= 1;

    /// <summary>The <paramref name="i"/>-th word from the top of the stack (0: top), or -1.</summary>
    public int Stack(int i) => i < Depth ? _stack[Depth - 1 - i] : -1;

    /// <summary>The <paramref name="i"/>-th word of the buffer (0: first), or -1.</summary>
    public int Buffer(int i) => Front + i < Length ? Front + i : -1;

    /// <summary>The stack from bottom to top.</summary>
    public ReadOnlySpan<int> StackWords => _stack.AsSpan(0, Depth);

    /// <summary>Starts a sentence of <paramref name="length"/> words: all in the buffer, no arcs.</summary>
    public void Reset(int length)
    {
        if (Heads.Length < length)
        {
            var size = Math.Max(length, Heads.Length * 2);
            _stack = new int[size];
            Heads = new int[size];
            Labels = new int[size];
            LeftMost = new int[size];
            LeftSecond = new int[size];
            RightMost = new int[size];
            RightSecond = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftSet = new ulong[size];
            RightSet = new ulong[size];
        }

        Length = length;
        Depth = 0;
        Front = 0;
        Heads.AsSpan(0, length).Fill(-1);
        Labels.AsSpan(0, length).Fill(-1);
        LeftMost.AsSpan(0, length).Fill(-1);
        LeftSecond.AsSpan(0, length).Fill(-1);
        RightMost.AsSpan(0, length).Fill(-1);
        RightSecond.AsSpan(0, length).Fill(-1);
        LeftCount.AsSpan(0, length).Clear();
        RightCount.AsSpan(0, length).Clear();
        LeftSet.AsSpan(0, length).Clear();
        RightSet.AsSpan(0, length).Clear();
    }

    public bool IsValid(Transition move) => move switch
    {
        Transition.Shift => Front < Length,
        Transition.Left => Depth >= 1 && Front < Length,
        _ => Depth >= 2,
    };

    /// <summary>The word that <paramref name="move"/> would attach and its new head; (-1, -1) for a shift.</summary>
    public (int Head, int Dependent) ArcOf(Transition move) => move switch
    {
        Transition.Left => (Front, _stack[Depth - 1]),
        Transition.Right => (_stack[Depth - 2], _stack[Depth - 1]),
        _ => (-1, -1),
    };

    /// <summary>Applies a valid move; <paramref name="label"/> and <paramref name="group"/> label its arc.</summary>
    public void Apply(Transition move, int label, int group)
    {
        if (move == Transition.Shift)
        {
            _stack[Depth++] = Front++;
            return;
        }

        var (head, dependent) = ArcOf(move);
        Depth--;
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (group & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftSet[head] |= bit;
            if (LeftMost[head] < 0 || dependent < LeftMost[head])
            {
                LeftSecond[head] = LeftMost[head];
                LeftMost[head] = dependent;
            }
            else if (LeftSecond[head] < 0 || dependent < LeftSecond[head])
            {
                LeftSecond[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightSet[head] |= bit;
            if (RightMost[head] < 0 || dependent > RightMost[head])
            {
                RightSecond[head] = RightMost[head];
                RightMost[head] = dependent;
            }
            else if (RightSecond[head] < 0 || dependent > RightSecond[head])
            {
                RightSecond[head] = dependent;
            }
        }
    }
}
