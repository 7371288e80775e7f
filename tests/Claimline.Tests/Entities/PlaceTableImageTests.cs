using Claimline.Entities.Resolution;
using Claimline.Resources;

namespace Claimline.Tests.Entities;

/// <summary>The place table's compiled image (start-up, issue #17) says exactly what the text says, and is ignored when stale or damaged.</summary>
public class PlaceTableImageTests
{
    private static readonly Lazy<PlaceTable> s_text = new(Geocoder.ParsePlaces);

    [Fact]
    public void Image_round_trip_equals_the_text_parsed_table()
    {
        var text = s_text.Value;
        var image = PlaceTable.FromImage(Image(text, new byte[32]));

        Assert.NotNull(image);
        Assert.Equal(text.Count, image.Count);
        Assert.True(text.Count > 100_000);
        var expected = new List<(string Country, GeoPoint Point)>();
        var actual = new List<(string Country, GeoPoint Point)>();
        foreach (var name in text.Names)
        {
            expected.Clear();
            actual.Clear();
            text.AddTo(name, expected);
            image.AddTo(name, actual);
            Assert.True(image.Contains(name), name);
            Assert.Equal(expected, actual);
        }

        Assert.False(image.Contains("no such place anywhere"));
        Assert.Equal(text.Names.Order(StringComparer.Ordinal), image.Names);
    }

    [Fact]
    public void A_stale_or_absent_image_is_not_read()
    {
        var folder = Directory.CreateTempSubdirectory("claimline-image-");
        try
        {
            var key = CompiledResource.Key(PlaceTable.Format, "Entities/Resources/geo/places.tsv.gz");
            Assert.Null(CompiledResource.TryRead(folder.FullName, PlaceTable.ImageName, () => key));

            var stale = (byte[])key.Clone();
            stale[0] ^= 1;
            CompiledResource.Write(Path.Combine(folder.FullName, PlaceTable.ImageName), stale, [1, 2, 3]);
            Assert.Null(CompiledResource.TryRead(folder.FullName, PlaceTable.ImageName, () => key));

            Geocoder.CompilePlaces(folder.FullName);
            var current = CompiledResource.TryRead(folder.FullName, PlaceTable.ImageName, () => key);
            Assert.NotNull(current);
            Assert.Equal(s_text.Value.Count, PlaceTable.FromImage(current)?.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_damaged_image_is_refused()
    {
        var whole = Image(s_text.Value, new byte[32]);
        Assert.Null(PlaceTable.FromImage(whole[..^2]));
        Assert.Null(PlaceTable.FromImage(whole[..(CompiledResource.HeaderLength + 8)]));
    }

    private static byte[] Image(PlaceTable table, byte[] key) => [.. new byte[CompiledResource.HeaderLength - key.Length], .. key, .. PlaceTable.Compile(table)];
}
