using Claimline.Entities;
using Claimline.Entities.Tagging;

namespace Claimline.Tests.Entities;

public class BilouLabelsTests
{
    private static readonly int s_per = BilouLabels.TypeIndex("PER");
    private static readonly int s_loc = BilouLabels.TypeIndex("LOC");

    [Fact]
    public void Label_set_is_O_then_BILU_for_each_CoNLL_type()
    {
        Assert.Equal(17, BilouLabels.Count);
        Assert.Equal("O", BilouLabels.Name(0));
        Assert.Equal("B-PER", BilouLabels.Name(1));
        Assert.Equal("U-MISC", BilouLabels.Name(16));
        Assert.Equal(EntityType.Loc, BilouLabels.EntityTypes[s_loc]);
    }

    [Fact]
    public void Encode_marks_single_token_names_U_and_longer_ones_B_I_L()
    {
        var labels = new int[6];
        BilouLabels.Encode([new TypedSpan(0, 3, s_per), new TypedSpan(4, 5, s_loc)], labels);
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "O"], labels.Select(BilouLabels.Name));
    }

    [Fact]
    public void Decode_inverts_encode()
    {
        TypedSpan[] spans = [new(1, 2, s_loc), new(2, 4, s_per)];
        var labels = new int[5];
        BilouLabels.Encode(spans, labels);
        Assert.Equal(spans, BilouLabels.Decode(labels));
    }

    [Fact]
    public void Decode_reads_ill_formed_sequences_without_losing_a_labelled_token()
    {
        // L- without B-, then B- followed by O, then I- of another type: it continues the name, whose last word gives the type.
        int[] labels =
        [
            BilouLabels.Label(s_per, BilouPosition.Last),
            BilouLabels.Label(s_loc, BilouPosition.Begin),
            BilouLabels.Outside,
            BilouLabels.Label(s_per, BilouPosition.Begin),
            BilouLabels.Label(s_loc, BilouPosition.Inside),
        ];
        Assert.Equal([new TypedSpan(0, 1, s_per), new TypedSpan(1, 2, s_loc), new TypedSpan(3, 5, s_loc)], BilouLabels.Decode(labels));
    }

    [Fact]
    public void ToIob2_writes_B_at_every_name_start()
    {
        var labels = new int[4];
        BilouLabels.Encode([new TypedSpan(0, 1, s_loc), new TypedSpan(1, 3, s_loc)], labels);
        Assert.Equal(["B-LOC", "B-LOC", "I-LOC", "O"], BilouLabels.ToIob2(labels));
    }

    [Fact]
    public void Iob_tags_read_like_conlleval_with_I_after_O_starting_a_name()
        => Assert.Equal(
            [new TypedSpan(1, 3, s_per), new TypedSpan(3, 4, s_loc)],
            IobTags.Spans(["O", "I-PER", "I-PER", "I-LOC"]));

    [Fact]
    public void Iob_tags_with_an_unknown_type_are_refused()
        => Assert.Throws<FormatException>(() => IobTags.Spans(["B-GPE"]));
}
