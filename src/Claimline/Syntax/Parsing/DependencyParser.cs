using Claimline.Text;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// A greedy arc-hybrid dependency parser with averaged-perceptron classifiers (<see cref="ParserModel"/>): at each
/// step the transition classifier picks the best valid move; an arc's relation is then named by the relation
/// classifier. Every sentence, of any length, becomes one tree in 2n − 1 moves (linear time); no tokens, no tree.
/// Lifted relations (<see cref="Projectivizer"/>) are undone at the end. Immutable and shared by all threads; the
/// per-sentence buffers live in a <see cref="ParseScratch"/>.
/// </summary>
public sealed class DependencyParser(ParserModel model)
{
    private static readonly Lazy<DependencyParser> s_english = new(() => new DependencyParser(ParserModelFile.LoadEnglish()));

    private readonly int _root = model.Labels.IndexOf("root");

    /// <summary>The shipped English model (EWT train), loaded once.</summary>
    public static DependencyParser English => s_english.Value;

    public ParserModel Model { get; } = model;

    /// <summary>Whether the shipped model is present in this build.</summary>
    public static bool HasEnglishModel => ParserModelFile.HasEnglish();

    /// <summary>Parses the sentence in <paramref name="scratch"/>'s atoms (filled by the caller); the tree is left in <paramref name="scratch"/>'s state.</summary>
    public void Parse(ParseScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        var state = scratch.State;
        var atoms = scratch.Atoms;
        var n = atoms.Length;
        state.Reset(n);
        Span<ulong> keys = stackalloc ulong[TransitionFeatures.MaxKeys];
        Span<int> scores = stackalloc int[Model.Transitions.Stride];
        Span<int> labelScores = stackalloc int[Model.Relations.Stride];
        var groups = Model.Groups;
        var labels = Model.Labels;
        while (!state.IsTerminal)
        {
            Transition move;
            if (state.Front >= n)
            {
                move = Transition.Right;
            }
            else if (state.Depth == 0)
            {
                move = Transition.Shift;
            }
            else
            {
                scores.Clear();
                Model.Transitions.Score(keys[..TransitionFeatures.Fill(state, atoms, groups, keys)], scores);
                move = Best(state, scores);
            }

            if (move == Transition.Shift)
            {
                state.Apply(move, -1, 0);
                continue;
            }

            var (head, dependent) = state.ArcOf(move);
            labelScores.Clear();
            Model.Relations.Score(keys[..LabelFeatures.Fill(state, atoms, head, dependent, keys)], labelScores);
            var label = BestLabel(labelScores[..labels.Count]);
            state.Apply(move, label, labels.GroupOf(label));
        }
    }

    /// <summary>Parses and returns heads (-1: root) and relation names, lifted arcs undone.</summary>
    public (int[] Heads, string[] Relations) ParseTree(ParseScratch scratch)
    {
        Parse(scratch);
        var state = scratch.State;
        var n = state.Length;
        var heads = state.Heads.AsSpan(0, n).ToArray();
        var relations = new string[n];
        var lifted = false;
        for (var i = 0; i < n; i++)
        {
            if (heads[i] < 0)
            {
                relations[i] = "root";
                continue;
            }

            var label = state.Labels[i];
            relations[i] = Model.Labels.Names[label];
            lifted |= Model.Labels.Plain[label].Length != relations[i].Length;
        }

        if (lifted)
        {
            Projectivizer.Unlift(heads, relations);
        }

        return (heads, relations);
    }

    /// <summary>Parses words with their tags (training data, tests): forms, UPOS, and the clusters of this build.</summary>
    public (int[] Heads, string[] Relations) Parse(IReadOnlyList<string> forms, IReadOnlyList<Upos> tags, ParseScratch? scratch = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(tags);
        scratch ??= new ParseScratch();
        scratch.Atoms.Reset(forms.Count);
        for (var i = 0; i < forms.Count; i++)
        {
            scratch.Atoms.Set(i, forms[i], tags[i], WordClusters.English);
        }

        return ParseTree(scratch);
    }

    private static Transition Best(ParserState state, ReadOnlySpan<int> scores)
    {
        var best = -1;
        for (var m = 0; m < 3; m++)
        {
            if (state.IsValid((Transition)m) && (best < 0 || scores[m] > scores[best]))
            {
                best = m;
            }
        }

        return (Transition)best;
    }

    private int BestLabel(ReadOnlySpan<int> scores)
    {
        if (scores.Length == 1)
        {
            return 0;
        }

        var best = _root == 0 ? 1 : 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (l != _root && scores[l] > scores[best])
            {
                best = l;
            }
        }

        return best;
    }
}

/// <summary>Per-thread buffers for <see cref="DependencyParser"/>: the atoms of the sentence and the parser state, reused.</summary>
public sealed class ParseScratch
{
    public SentenceAtoms Atoms { get; } = new();

    public ParserState State { get; } = new();
}
