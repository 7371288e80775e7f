namespace Claimline.Syntax.Parsing;

/// <summary>
/// The features for naming the relation of an arc just made (head → dependent): both words, their tags, the direction
/// and distance, the dependent's own dependents (its subtree is complete when it is attached, so its case marker,
/// determiner or auxiliary is known), the relations its head already has, and the words around the dependent.
/// </summary>
internal static class LabelFeatures
{
    public const string Version = "parse-label-features/1";

    public const int MaxKeys = 32;

    public static int Fill(ParserState state, SentenceAtoms atoms, int head, int dependent, Span<ulong> buffer)
    {
        var k = new FeatureKeys(buffer);
        var n = state.Length;
        var w = atoms.Word;
        var t = atoms.Tag;
        var c6 = atoms.Cluster6;
        var labels = state.Labels;
        ulong hw = w[head], hp = t[head], dw = w[dependent], dp = t[dependent];
        var dir = dependent < head ? 1UL : 2UL;
        var dist = TransitionFeatures.Bucket(Math.Abs(head - dependent));
        var dl = TransitionFeatures.At(state.LeftMost[dependent], n);
        var dr = TransitionFeatures.At(state.RightMost[dependent], n);
        var dl2 = TransitionFeatures.At(state.LeftSecond[dependent], n);
        var before = dependent > 0 ? dependent - 1 : n;
        var after = dependent + 1 < n ? dependent + 1 : n;
        var headSet = dependent < head ? state.LeftSet[head] : state.RightSet[head];
        var otherSet = dependent < head ? state.RightSet[head] : state.LeftSet[head];

        k.Add(0, dir);
        k.Add(1, dw, dir);
        k.Add(2, dp, dir);
        k.Add(3, dw, dp);
        k.Add(4, hw, dir);
        k.Add(5, hp, dir);
        k.Add(6, hw, hp);
        k.Add(7, hp, dp, dir);
        k.Add(8, hw, dp, dir);
        k.Add(9, hp, dw, dir);
        k.Add(10, hw, dw, dir);
        k.Add(11, hp, dp, dir, dist);
        k.Add(12, w[dl], t[dl], dp);
        k.Add(13, t[dl], dp, hp, dir);
        k.Add(14, w[dr], dp);
        k.Add(15, TransitionFeatures.Label(labels, dl, n), dp, dir);
        k.Add(16, TransitionFeatures.Label(labels, dr, n), dp, dir);
        k.Add(17, w[dl2], t[dl2], dp);
        k.Add(18, state.LeftSet[dependent], dp, hp);
        k.Add(19, state.RightSet[dependent], dp);
        k.Add(20, headSet, hp, dp, dir);
        k.Add(21, t[before], dp, t[after], dir);
        k.Add(22, w[before], dp);
        k.Add(23, c6[dependent], dir);
        k.Add(24, c6[head], c6[dependent], dir);
        k.Add(25, c6[head], dp, dir);
        k.Add(26, (ulong)state.LeftCount[dependent], (ulong)state.RightCount[dependent], dp, dir);
        k.Add(27, otherSet, hp, dp, dir);
        return k.Count;
    }
}
