namespace Claimline.Model;

/// <summary>What is known about a document apart from its text.</summary>
/// <param name="Id">Stable identifier: given by the input (JSONL <c>id</c>) or derived from the file name.</param>
/// <param name="Source">The outlet or agency that published it, when known.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Title">The headline, when the input gives one.</param>
/// <param name="Published">Publication date: the document creation time (DCT) that relative dates are resolved against.</param>
/// <param name="Language">ISO 639-1 code of the text's language.</param>
/// <param name="Origin">Where the document was read from (file path, plus line or record), for error messages.</param>
/// <param name="Byline">The author line of a web page or feed item, when the input gives one.</param>
/// <param name="Header">The span of a format header line in <see cref="Document.Text"/> (the wire format's <c>date YYYY-MM-DD</c>), if any.</param>
public sealed record DocumentMeta(
    string Id,
    string? Source = null,
    string? Url = null,
    string? Title = null,
    DateOnly? Published = null,
    string Language = "en",
    string? Origin = null,
    TextSpan? Header = null,
    string? Byline = null);
