using Claimline.Model;

namespace Claimline.Text;

/// <summary>
/// Finds paragraphs: blocks separated by blank lines. A text with no blank line but several lines (one paragraph
/// per line, as many feeds and scrapers write) has one paragraph per line. Spans are trimmed of white space.
/// </summary>
public static class ParagraphSplitter
{
    public static List<Paragraph> Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        var byLine = !HasBlankLine(text);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\u2029')
            {
                Add(text, start, i, paragraphs);
                start = ++i;
                continue;
            }

            if (c != '\n')
            {
                i++;
                continue;
            }

            if (byLine)
            {
                Add(text, start, i, paragraphs);
                start = ++i;
                continue;
            }

            // A line break followed by white space and another line break is a paragraph break.
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                Add(text, start, i, paragraphs);
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                start = j;
            }

            i = j;
        }

        Add(text, start, text.Length, paragraphs);
        return paragraphs;
    }

    private static bool HasBlankLine(string text)
    {
        var index = 0;
        while ((index = text.IndexOf('\n', index)) >= 0)
        {
            var j = index + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                return true;
            }

            index = j;
        }

        return false;
    }

    private static void Add(string text, int start, int end, List<Paragraph> paragraphs)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            paragraphs.Add(new Paragraph(new TextSpan(start, end)));
        }
    }
}
