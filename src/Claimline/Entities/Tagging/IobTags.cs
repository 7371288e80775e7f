namespace Claimline.Entities.Tagging;

/// <summary>Reads names from IOB tags (IOB1 or IOB2) the way conlleval does: B- or a change of type starts a name.</summary>
public static class IobTags
{
    /// <summary>The names in a sentence's tags. Throws <see cref="FormatException"/> for a type outside <see cref="BilouLabels.Types"/>.</summary>
    public static List<TypedSpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<TypedSpan>();
        var start = -1;
        var type = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var (prefix, typeName) = Split(tag);
            var t = prefix == "O" ? -1 : BilouLabels.TypeIndex(typeName);
            if (prefix != "O" && t < 0)
            {
                throw new FormatException($"unknown entity type in tag '{tag}'; expected one of {string.Join(", ", BilouLabels.Types)}");
            }

            var continues = start >= 0 && prefix == "I" && t == type;
            if (start >= 0 && !continues)
            {
                spans.Add(new TypedSpan(start, i, type));
                start = -1;
            }

            if (prefix != "O" && start < 0)
            {
                start = i;
                type = t;
            }
        }

        if (start >= 0)
        {
            spans.Add(new TypedSpan(start, tags.Count, type));
        }

        return spans;
    }

    /// <summary>Splits <c>B-PER</c> into <c>("B", "PER")</c>; a tag without a hyphen has an empty type.</summary>
    public static (string Prefix, string Type) Split(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (tag, "") : (tag[..dash], tag[(dash + 1)..]);
    }
}
