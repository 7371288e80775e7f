using System.Text.RegularExpressions;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Resources;

namespace Claimline.Structure;

/// <summary>
/// Lays out the article: its header line, title, photo captions with their credits, datelines, and stories.
/// <para>Requires: paragraphs. Produces: sections, datelines.</para>
/// <list type="bullet">
/// <item>The wire header (<see cref="DocumentMeta.Header"/>, <c>date 2024-10-31</c>) is a Header section; the rest of
/// its line, if any, is a photo caption.</item>
/// <item>A paragraph that ends with a photo credit (<see cref="PhotoCreditFinder"/>) is a caption, wherever it is.</item>
/// <item>A paragraph that opens with a dateline (<see cref="DatelineFinder"/>) starts a new story; so does the first
/// paragraph after a separator line (<c>---</c>, <c>-30-</c>, <c>(END)</c>). Text before any dateline is a story too.</item>
/// <item>A short first paragraph without closing punctuation, followed by more text, is the title.</item>
/// </list>
/// Example: <c>date 2024-10-31 Ministers meet … (AP Photo/Jane Doe)\n\nWASHINGTON (AP) — Officials said …</c> gives a
/// Header, a Caption with its PhotoCredit, one Dateline (WASHINGTON, AP) and one Story.
/// </summary>
public sealed class StructureAnnotator : IAnnotator
{
    private const string SeparatorsFile = "Structure/Resources/en/story-separators.txt";

    /// <summary>A title has at most this many characters.</summary>
    private const int MaxTitleLength = 160;

    private static readonly Lazy<IReadOnlyList<Regex>> s_separators = new(() => PatternFile.Load(SeparatorsFile));

    private readonly PhotoCreditFinder _credits;

    // Built on the first block short enough to be a separator, not with the stage: constructing non-backtracking
    // regexes is the costliest part of a regex's life, and a short article often has no such block (start-up, #17).
    private readonly Lazy<IReadOnlyList<Regex>> _separators;

    public StructureAnnotator()
        : this(PhotoCreditFinder.English, s_separators)
    {
    }

    public StructureAnnotator(PhotoCreditFinder credits, IReadOnlyList<Regex> separators)
        : this(credits, new Lazy<IReadOnlyList<Regex>>(separators))
    {
    }

    private StructureAnnotator(PhotoCreditFinder credits, Lazy<IReadOnlyList<Regex>> separators)
    {
        _credits = credits;
        _separators = separators;
    }

    public string Name => "structure";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Paragraphs];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Sections, Layers.Datelines];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var sections = new List<Section>();
        var datelines = new List<Dateline>();
        var blocks = SplitOffHeader(document, sections);

        var story = -1;
        var storyStart = -1;
        var storyEnd = -1;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (IsSeparator(text, block))
            {
                CloseStory();
                continue;
            }

            if (DatelineFinder.Find(text, block, allowColon: b == 0) is { } dateline)
            {
                CloseStory();
                story++;
                storyStart = block.Start;
                storyEnd = block.End;
                datelines.Add(new Dateline(
                    dateline.Span,
                    dateline.Place.Of(text),
                    dateline.Place,
                    dateline.Region?.Of(text),
                    dateline.Agency?.Of(text),
                    dateline.Agency,
                    story));
                continue;
            }

            if (AddCaption(text, block, storyStart >= 0 ? story : -1, sections))
            {
                continue;
            }

            if (storyStart < 0)
            {
                if (story < 0 && b + 1 < blocks.Count && IsTitleLike(text, block))
                {
                    sections.Add(new Section(block, SectionKind.Title, -1));
                    continue;
                }

                story++;
                storyStart = block.Start;
            }

            storyEnd = block.End;
        }

        CloseStory();
        document.Set(Layers.Sections, sections);
        document.Set(Layers.Datelines, datelines);

        void CloseStory()
        {
            if (storyStart >= 0)
            {
                sections.Add(new Section(new TextSpan(storyStart, storyEnd), SectionKind.Story, story));
                storyStart = -1;
            }
        }
    }

    /// <summary>
    /// The blocks to lay out: the paragraphs, except that the header line is taken out of the paragraph that holds
    /// it and becomes a Header section plus, when text follows the date on the same line, a Caption.
    /// </summary>
    private List<TextSpan> SplitOffHeader(Document document, List<Section> sections)
    {
        var text = document.Text;
        var blocks = new List<TextSpan>();
        var header = document.Meta.Header;
        foreach (var paragraph in document.Get(Layers.Paragraphs))
        {
            var span = paragraph.Span;
            if (header is not { } h || !span.Overlaps(h))
            {
                blocks.Add(span);
                continue;
            }

            sections.Add(new Section(h, SectionKind.Header, -1));
            var lineEnd = text.IndexOf('\n', h.End, span.End - h.End);
            lineEnd = lineEnd < 0 ? span.End : lineEnd;
            var caption = Trim(text, h.End, lineEnd);
            if (!caption.IsEmpty && !AddCaption(text, caption, -1, sections))
            {
                // The wire format puts the photo caption after the date; it is one even without a credit.
                sections.Add(new Section(caption, SectionKind.Caption, -1));
            }

            var rest = Trim(text, lineEnd, span.End);
            if (!rest.IsEmpty)
            {
                blocks.Add(rest);
            }
        }

        return blocks;
    }

    private bool AddCaption(string text, TextSpan block, int story, List<Section> sections)
    {
        if (_credits.Find(text, block, out _) is not { } credit)
        {
            return false;
        }

        sections.Add(new Section(block, SectionKind.Caption, story));
        sections.Add(new Section(credit, SectionKind.PhotoCredit, story));
        return true;
    }

    private bool IsSeparator(string text, TextSpan block)
    {
        if (block.Length > 16)
        {
            return false;
        }

        var content = block.SliceOf(text);
        foreach (var separator in _separators.Value)
        {
            if (separator.IsMatch(content))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitleLike(string text, TextSpan block)
    {
        if (block.Length > MaxTitleLength)
        {
            return false;
        }

        var content = block.SliceOf(text);
        return !content.Contains('\n') && content[^1] is not ('.' or ',' or ';' or ':' or '”' or '"' or '’');
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
