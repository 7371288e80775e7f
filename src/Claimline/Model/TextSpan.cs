namespace Claimline.Model;

/// <summary>
/// A half-open character range <c>[Start, End)</c> into a document's original text.
/// Every annotation in Claimline points back to its text through one of these (standoff annotation).
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Contains(int offset) => Start <= offset && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
