using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Structure;

namespace Claimline.Text;

/// <summary>
/// Splits each paragraph into sentences with <see cref="SentenceSplitter"/>, leaving out what is not prose:
/// the header line, datelines and photo credits (with their parentheses). So the first sentence of a story starts
/// after <c>WASHINGTON (AP) —</c>, and a caption's last sentence ends before <c>(AP Photo/…)</c>.
/// <para>Requires: tokens, paragraphs, sections, datelines. Produces: sentences.</para>
/// </summary>
public sealed class SentenceAnnotator(SentenceSplitter splitter) : IAnnotator
{
    public SentenceAnnotator()
        : this(SentenceSplitter.English)
    {
    }

    public string Name => "sentences";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Paragraphs, Layers.Sections, Layers.Datelines];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Sentences];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var excluded = new List<TextSpan>();
        foreach (var section in document.Get(Layers.Sections))
        {
            if (section.Kind == SectionKind.Header)
            {
                excluded.Add(section.Span);
            }
            else if (section.Kind == SectionKind.PhotoCredit)
            {
                var s = section.Span;
                var withParentheses = s.Start > 0 && text[s.Start - 1] == '(' && s.End < text.Length && text[s.End] == ')';
                excluded.Add(withParentheses ? new TextSpan(s.Start - 1, s.End + 1) : s);
            }
        }

        foreach (var dateline in document.Get(Layers.Datelines))
        {
            excluded.Add(dateline.Span);
        }

        excluded.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var regions = Regions(document.Get(Layers.Paragraphs), excluded);
        document.Set(Layers.Sentences, splitter.Split(text, document.Get(Layers.Tokens), regions));
    }

    /// <summary>Each paragraph minus the excluded spans (sorted by start).</summary>
    private static IEnumerable<TextSpan> Regions(Layer<Paragraph> paragraphs, List<TextSpan> excluded)
    {
        var x = 0;
        foreach (var paragraph in paragraphs)
        {
            var start = paragraph.Span.Start;
            var end = paragraph.Span.End;
            while (x < excluded.Count && excluded[x].End <= start)
            {
                x++;
            }

            for (var k = x; k < excluded.Count && excluded[k].Start < end; k++)
            {
                if (excluded[k].Start > start)
                {
                    yield return new TextSpan(start, excluded[k].Start);
                }

                start = Math.Max(start, excluded[k].End);
            }

            if (end > start)
            {
                yield return new TextSpan(start, end);
            }
        }
    }
}
