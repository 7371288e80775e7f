namespace Claimline.Entities;

/// <summary>
/// Drops the capital <c>The</c> that opens a sentence from the organization or other name the tagger started there
/// (<c>The Dock Workers Union said …</c> → <c>Dock Workers Union</c>), as CoNLL's annotators leave the article out and
/// the same body is written without it elsewhere in the article. A <c>The</c> inside a sentence is capitalized because
/// it belongs to the name (<c>The Hague</c>, <c>The Economist</c>) and stays.
/// </summary>
public static class InitialArticleTrimmer
{
    /// <summary>Rewrites <paramref name="spans"/> (token offsets, in order) in place, over the sentence's <paramref name="words"/>.</summary>
    public static void Trim(List<(int Start, int End, EntityType Type)> spans, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(words);
        if (spans.Count > 0 && spans[0] is { Start: 0, Type: EntityType.Org or EntityType.Misc } first
            && first.End - first.Start >= 2 && words[0] == "The")
        {
            spans[0] = (1, first.End, first.Type);
        }
    }
}
