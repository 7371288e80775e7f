namespace Claimline.Reading;

/// <summary>
/// An input could not be read as an article: the message names the file (and line or record) and, for bad bytes,
/// the byte offset. Readers report these per record so that the rest of a batch carries on.
/// </summary>
public sealed class InputException(string origin, string problem, long? byteOffset = null)
    : Exception(byteOffset is { } offset ? $"{origin}: {problem} at byte offset {offset}" : $"{origin}: {problem}")
{
    /// <summary>The file, plus line or record where it applies (<c>news.jsonl:17</c>).</summary>
    public string Origin { get; } = origin;

    public string Problem { get; } = problem;

    public long? ByteOffset { get; } = byteOffset;
}
