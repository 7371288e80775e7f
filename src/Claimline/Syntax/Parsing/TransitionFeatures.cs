namespace Claimline.Syntax.Parsing;

/// <summary>
/// The features of a configuration for choosing the next move (<see cref="Transition"/>): Zhang &amp; Nivre's (2011)
/// groups read at S0–S2 (stack, top first), N0–N2 (buffer) and the outermost dependents of S0, S1 and N0. Template
/// numbers are part of the model: change one and bump <see cref="Version"/>.
/// </summary>
internal static class TransitionFeatures
{
    public const string Version = "parse-transition-features/1";

    /// <summary>The most keys <see cref="Fill"/> writes.</summary>
    public const int MaxKeys = 128;

    public static int Fill(ParserState state, SentenceAtoms atoms, FeatureGroups groups, Span<ulong> buffer)
    {
        var k = new FeatureKeys(buffer);
        var n = state.Length;
        var w = atoms.Word;
        var t = atoms.Tag;
        var labels = state.Labels;

        var s0 = At(state.Stack(0), n);
        var s1 = At(state.Stack(1), n);
        var n0 = At(state.Buffer(0), n);
        var n1 = At(state.Buffer(1), n);
        var n2 = At(state.Buffer(2), n);
        int s0l = n, s0r = n, n0l = n, s1r = n, s1l = n;
        if (s0 < n)
        {
            s0l = At(state.LeftMost[s0], n);
            s0r = At(state.RightMost[s0], n);
        }

        if (s1 < n)
        {
            s1r = At(state.RightMost[s1], n);
            s1l = At(state.LeftMost[s1], n);
        }

        if (n0 < n)
        {
            n0l = At(state.LeftMost[n0], n);
        }

        ulong s0w = w[s0], s0p = t[s0], s1w = w[s1], s1p = t[s1], n0w = w[n0], n0p = t[n0];
        ulong n1w = w[n1], n1p = t[n1], n2p = t[n2];
        k.Add(0, 1); // bias

        if ((groups & FeatureGroups.Words) != 0)
        {
            k.Add(1, s0w);
            k.Add(2, s0p);
            k.Add(3, s0w, s0p);
            k.Add(4, n0w);
            k.Add(5, n0p);
            k.Add(6, n0w, n0p);
            k.Add(7, n1w);
            k.Add(8, n1p);
            k.Add(9, n1w, n1p);
            k.Add(10, w[n2]);
            k.Add(11, n2p);
            k.Add(12, s1w);
            k.Add(13, s1p);
            k.Add(14, s1w, s1p);
        }

        if ((groups & FeatureGroups.Pairs) != 0)
        {
            k.Add(20, s0w, s0p, n0w, n0p);
            k.Add(21, s0w, s0p, n0w);
            k.Add(22, s0w, n0w, n0p);
            k.Add(23, s0w, s0p, n0p);
            k.Add(24, s0p, n0w, n0p);
            k.Add(25, s0w, n0w);
            k.Add(26, s0p, n0p);
            k.Add(27, n0p, n1p);
            k.Add(28, s1p, s0p);
            k.Add(29, s1w, s0w);
            k.Add(30, s1w, s1p, s0p);
            k.Add(31, s1p, s0w, s0p);
            k.Add(32, s1p, n0p);
            k.Add(33, s0p, n1p);
        }

        if ((groups & FeatureGroups.Trigrams) != 0)
        {
            k.Add(40, n0p, n1p, n2p);
            k.Add(41, s0p, n0p, n1p);
            k.Add(42, s1p, s0p, n0p);
            k.Add(43, s0p, t[s0l], n0p);
            k.Add(44, s0p, t[s0r], n0p);
            k.Add(45, s0p, n0p, t[n0l]);
            k.Add(46, s1p, t[s1r], s0p);
        }

        if ((groups & FeatureGroups.Distance) != 0)
        {
            var d = s0 < n && n0 < n ? Bucket(n0 - s0) : 0;
            var d1 = s1 < n && s0 < n ? Bucket(s0 - s1) : 0;
            k.Add(50, s0w, d);
            k.Add(51, s0p, d);
            k.Add(52, n0w, d);
            k.Add(53, n0p, d);
            k.Add(54, s0w, n0w, d);
            k.Add(55, s0p, n0p, d);
            k.Add(56, s1p, s0p, d1);
            k.Add(57, s1w, s0w, d1);
        }

        if ((groups & FeatureGroups.Valency) != 0)
        {
            ulong s0vl = 0, s0vr = 0, n0vl = 0, s1vr = 0;
            if (s0 < n)
            {
                s0vl = (ulong)state.LeftCount[s0];
                s0vr = (ulong)state.RightCount[s0];
            }

            if (n0 < n)
            {
                n0vl = (ulong)state.LeftCount[n0];
            }

            if (s1 < n)
            {
                s1vr = (ulong)state.RightCount[s1];
            }

            k.Add(60, s0w, s0vr);
            k.Add(61, s0p, s0vr);
            k.Add(62, s0w, s0vl);
            k.Add(63, s0p, s0vl);
            k.Add(64, n0w, n0vl);
            k.Add(65, n0p, n0vl);
            k.Add(66, s1p, s1vr);
        }

        if ((groups & FeatureGroups.Children) != 0)
        {
            k.Add(70, w[s0l]);
            k.Add(71, t[s0l]);
            k.Add(72, Label(labels, s0l, n));
            k.Add(73, w[s0r]);
            k.Add(74, t[s0r]);
            k.Add(75, Label(labels, s0r, n));
            k.Add(76, w[n0l]);
            k.Add(77, t[n0l]);
            k.Add(78, Label(labels, n0l, n));
            k.Add(79, t[s1r], Label(labels, s1r, n));
            k.Add(80, t[s1l], Label(labels, s1l, n));
            k.Add(81, s0p, Label(labels, s0l, n), Label(labels, s0r, n));
        }

        if ((groups & FeatureGroups.ThirdOrder) != 0)
        {
            int s0l2 = n, s0r2 = n, n0l2 = n;
            if (s0 < n)
            {
                s0l2 = At(state.LeftSecond[s0], n);
                s0r2 = At(state.RightSecond[s0], n);
            }

            if (n0 < n)
            {
                n0l2 = At(state.LeftSecond[n0], n);
            }

            k.Add(90, w[s0l2]);
            k.Add(91, t[s0l2], Label(labels, s0l2, n));
            k.Add(92, w[s0r2]);
            k.Add(93, t[s0r2], Label(labels, s0r2, n));
            k.Add(94, w[n0l2]);
            k.Add(95, t[n0l2], Label(labels, n0l2, n));
            k.Add(96, s0p, t[s0l], t[s0l2]);
            k.Add(97, s0p, t[s0r], t[s0r2]);
            k.Add(98, n0p, t[n0l], t[n0l2]);
        }

        if ((groups & FeatureGroups.LabelSets) != 0)
        {
            ulong s0sl = 0, s0sr = 0, n0sl = 0;
            if (s0 < n)
            {
                s0sl = state.LeftSet[s0];
                s0sr = state.RightSet[s0];
            }

            if (n0 < n)
            {
                n0sl = state.LeftSet[n0];
            }

            k.Add(100, s0w, s0sr);
            k.Add(101, s0p, s0sr);
            k.Add(102, s0w, s0sl);
            k.Add(103, s0p, s0sl);
            k.Add(104, n0w, n0sl);
            k.Add(105, n0p, n0sl);
        }

        if ((groups & FeatureGroups.Clusters) != 0)
        {
            var c4 = atoms.Cluster4;
            var c6 = atoms.Cluster6;
            var c12 = atoms.Cluster12;
            k.Add(110, c6[s0]);
            k.Add(111, c12[s0]);
            k.Add(112, c6[n0]);
            k.Add(113, c12[n0]);
            k.Add(114, c6[n1]);
            k.Add(115, c6[s1]);
            k.Add(116, c4[s0], c4[n0]);
            k.Add(117, c6[s0], n0p);
            k.Add(118, s0p, c6[n0]);
            k.Add(119, c6[s1], c6[s0]);
            k.Add(120, c12[s0], n0p, c6[n0]);
            k.Add(121, s1p, c12[s0], s0p);
        }

        if ((groups & FeatureGroups.Deep) != 0)
        {
            var s2 = At(state.Stack(2), n);
            k.Add(125, t[s2]);
            k.Add(126, t[s2], s1p, s0p);
            k.Add(127, w[s2], s1p);
        }

        return k.Count;
    }

    /// <summary>A word index, or the "no word" slot.</summary>
    internal static int At(int word, int n) => word < 0 ? n : word;

    /// <summary>A label atom: 0 for no word or no arc.</summary>
    internal static ulong Label(int[] labels, int word, int n) => word >= n ? 0 : (ulong)(labels[word] + 1);

    /// <summary>Distances 1–5 as they are, then 6–10 and beyond.</summary>
    internal static ulong Bucket(int distance) => distance <= 5 ? (ulong)distance : distance <= 10 ? 6UL : 7UL;
}
