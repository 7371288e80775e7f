using Claimline.Entities;
using Claimline.Entities.Tagging;

namespace Claimline.Tests.Entities;

public class GazetteerNameJoinerTests
{
    // Country (category 0) listed over tokens 1..6: B at 1, I at 2..5, L at 6.
    private static uint[] Listed(int length, int start, int end)
    {
        var marks = new uint[length];
        marks[start] |= 1u << (int)BilouPosition.Begin;
        for (var i = start + 1; i < end; i++)
        {
            marks[i] |= 1u << (int)BilouPosition.Inside;
        }

        marks[end] |= 1u << (int)BilouPosition.Last;
        return marks;
    }

    [Fact]
    public void Pieces_of_one_type_that_fill_a_listed_name_become_that_name()
    {
        // the Democratic People ’s Republic of Korea said
        List<(int, int, EntityType)> spans = [(1, 3, EntityType.Loc), (4, 7, EntityType.Loc)];
        GazetteerNameJoiner.Join(spans, Listed(8, 1, 6));
        Assert.Equal([(1, 7, EntityType.Loc)], spans);
    }

    [Fact]
    public void Pieces_of_different_types_or_past_the_listed_name_are_left_alone()
    {
        List<(int, int, EntityType)> mixed = [(1, 3, EntityType.Org), (4, 7, EntityType.Loc)];
        GazetteerNameJoiner.Join(mixed, Listed(8, 1, 6));
        Assert.Equal([(1, 3, EntityType.Org), (4, 7, EntityType.Loc)], mixed);

        List<(int, int, EntityType)> longer = [(1, 3, EntityType.Loc), (4, 8, EntityType.Loc)];
        GazetteerNameJoiner.Join(longer, Listed(9, 1, 6));
        Assert.Equal([(1, 3, EntityType.Loc), (4, 8, EntityType.Loc)], longer);
    }
}
