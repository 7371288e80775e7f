using System.Text;
using AngleSharp.Dom;

namespace Claimline.Reading;

/// <summary>
/// Turns HTML content into plain text with one paragraph per block (p, headings, list items, quotes, captions),
/// separated by blank lines, white space collapsed — the shape the paragraph and sentence stages expect.
/// Script, style and other non-text elements are dropped; nothing of the markup survives into the text.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "caption", "dt", "dd", "td", "th", "address",
    };

    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button", "select", "textarea", "nav", "head",
    };

    public static string Of(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when s_skipped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    current.Append(' ');
                    break;
                case IElement element when s_blocks.Contains(element.LocalName) || IsBlockContainer(element):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static bool IsBlockContainer(IElement element)
        => element.LocalName is "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "figure" or "ul" or "ol" or "table" or "tr" or "body";

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }

        var collapsed = new StringBuilder(current.Length);
        var space = false;
        foreach (var c in current.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        if (collapsed.Length > 0)
        {
            paragraphs.Add(collapsed.ToString());
        }

        current.Clear();
    }
}
