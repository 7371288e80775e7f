using Claimline.Claims;
using Claimline.Model;
using Claimline.Serialization;

namespace Claimline.Tests.Claims;

public class ClaimJsonTests
{
    [Fact]
    public void Claims_survive_a_json_round_trip_with_holder_modality_and_concept()
    {
        var original = ClaimTestText.Analyze("The United Kingdom has estimated there are about 2,500 Wagner fighters in Mali.");
        var json = DocumentJson.Serialize(original);
        var copy = DocumentJson.Deserialize(json);

        Assert.Equal(json, DocumentJson.Serialize(copy));
        var claim = Assert.Single(copy.Get(Layers.Claims));
        Assert.Equal(Modality.Estimates, claim.Modality);
        Assert.Equal("country:GB", claim.Holder.Key);
        Assert.Contains("\"modality\":\"estimates\"", DocumentJson.Serialize(copy, indented: false), StringComparison.Ordinal);
        Assert.Equal(original.Get(Layers.Claims)[0].Concept.Key, claim.Concept.Key);
    }
}
