using Claimline.Model;

namespace Claimline.Reading;

/// <summary>One record of an input: a document, or the error that kept it from being one.</summary>
public readonly record struct ReadResult(Document? Document, InputException? Error)
{
    public static ReadResult Ok(Document document) => new(document, null);

    public static ReadResult Failed(InputException error) => new(null, error);
}
