namespace Claimline.Entities.Tagging;

/// <summary>
/// The tagger's label set: O, and B-, I-, L-, U- for each of the four CoNLL types. Label 0 is O; label
/// <c>1 + 4·type + position</c> is the BILOU position of a type. The tagger may produce ill-formed sequences
/// (an L- without a B-); <see cref="Decode"/> reads them leniently.
/// </summary>
public static class BilouLabels
{
    /// <summary>The types in the order of their label indices, as CoNLL-2003 names them.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>The Claimline type of each label type index.</summary>
    public static IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Person, EntityType.Org, EntityType.Loc, EntityType.Misc];

    public const int Outside = 0;

    /// <summary>Number of labels: O plus four positions for each type.</summary>
    public static int Count => 1 + (4 * Types.Count);

    public static int Label(int type, BilouPosition position) => 1 + (type * 4) + (int)position;

    /// <summary>The type index of a label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) >> 2;

    public static BilouPosition PositionOf(int label) => (BilouPosition)((label - 1) & 3);

    public static string Name(int label)
        => label == Outside ? "O" : "BILU"[(int)PositionOf(label)] + "-" + Types[TypeOf(label)];

    /// <summary>The index of a CoNLL type name, or -1.</summary>
    public static int TypeIndex(string type)
    {
        for (var i = 0; i < Types.Count; i++)
        {
            if (Types[i] == type)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Writes the BILOU labels of <paramref name="spans"/> (disjoint, inside the sentence) into <paramref name="labels"/>.</summary>
    public static void Encode(IEnumerable<TypedSpan> spans, Span<int> labels)
    {
        labels.Fill(Outside);
        foreach (var span in spans)
        {
            if (span.End - span.Start == 1)
            {
                labels[span.Start] = Label(span.Type, BilouPosition.Unit);
                continue;
            }

            labels[span.Start] = Label(span.Type, BilouPosition.Begin);
            for (var i = span.Start + 1; i < span.End - 1; i++)
            {
                labels[i] = Label(span.Type, BilouPosition.Inside);
            }

            labels[span.End - 1] = Label(span.Type, BilouPosition.Last);
        }
    }

    /// <summary>
    /// The names in a label sequence. Lenient with ill-formed input (an I or L without a B starts a name; a B or I
    /// followed by something else closes it), so it never loses a labelled token. An I or L of another type than the
    /// open name continues it, and the name takes the type of its last word: the greedy tagger often changes its mind
    /// about the type inside a long name (<c>European/B-MISC Forest/I-MISC Fire/I-ORG … System/L-ORG</c>,
    /// <c>Addis/B-ORG Ababa/L-LOC</c>), where its positions still agree on one name, and the last word is the head
    /// that decides what the name is. For the same reason an L or U that opens a name, followed by an I or L, opens it
    /// as a B would.
    /// </summary>
    public static List<TypedSpan> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<TypedSpan>();
        var start = -1;
        var type = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            var t = TypeOf(label);
            var position = label == Outside ? BilouPosition.Unit : PositionOf(label);
            var continues = start >= 0 && position is BilouPosition.Inside or BilouPosition.Last;
            if (start >= 0 && !continues)
            {
                spans.Add(new TypedSpan(start, i, type));
                start = -1;
            }

            if (label == Outside)
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            type = t;

            // An L or U that opens a name is read as a B when the next label goes on with a name (Park/L-LOC
            // Min-soo/L-PER, Korean/U-MISC Peninsula/L-MISC).
            var opensAndGoesOn = start == i && i + 1 < labels.Length
                && labels[i + 1] != Outside && PositionOf(labels[i + 1]) is BilouPosition.Inside or BilouPosition.Last;
            if ((position is BilouPosition.Last or BilouPosition.Unit) && !opensAndGoesOn)
            {
                spans.Add(new TypedSpan(start, i + 1, type));
                start = -1;
            }
        }

        if (start >= 0)
        {
            spans.Add(new TypedSpan(start, labels.Length, type));
        }

        return spans;
    }

    /// <summary>IOB2 tags (<c>B-PER</c>, <c>I-PER</c>, <c>O</c>) for the names in a label sequence.</summary>
    public static string[] ToIob2(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        Array.Fill(tags, "O");
        foreach (var span in Decode(labels))
        {
            tags[span.Start] = "B-" + Types[span.Type];
            for (var i = span.Start + 1; i < span.End; i++)
            {
                tags[i] = "I-" + Types[span.Type];
            }
        }

        return tags;
    }
}
