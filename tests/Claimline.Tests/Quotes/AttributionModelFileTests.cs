using Claimline.Quotes.Learning;
using Claimline.Resources;

namespace Claimline.Tests.Quotes;

public class AttributionModelFileTests
{
    [Fact]
    public void Shipped_model_is_written_back_byte_for_byte()
    {
        using var stream = ResourceFile.Open(AttributionModelFile.EnglishPath);
        using var shipped = new MemoryStream();
        stream.CopyTo(shipped);
        var model = AttributionModelFile.Read(new MemoryStream(shipped.ToArray()), AttributionModelFile.EnglishPath);
        using var written = new MemoryStream();
        AttributionModelFile.Write(written, model);
        Assert.Equal(shipped.ToArray(), written.ToArray());
    }

    [Fact]
    public void A_file_of_another_model_kind_is_refused_with_its_name()
    {
        using var stream = ResourceFile.Open(Claimline.Entities.Tagging.ModelFile.EnglishPath);
        var error = Assert.Throws<InvalidDataException>(() => AttributionModelFile.Read(stream, "ner.gz"));
        Assert.Equal($"ner.gz: not a Claimline attribution model of format {AttributionModelFile.Format}", error.Message);
    }
}
