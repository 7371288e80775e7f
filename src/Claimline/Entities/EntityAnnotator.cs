using Claimline.Entities.Features;
using Claimline.Entities.Tagging;
using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Entities;

/// <summary>
/// Finds the names of people, organizations, places, groups and other things in each sentence with the statistical
/// <see cref="EntityTagger"/>, then joins the pieces of a listed name (<see cref="GazetteerNameJoiner"/>) and of a name an
/// acronym in brackets spells out (<see cref="AcronymNameJoiner"/>) or a plural possessive cuts
/// (<see cref="PluralPossessiveJoiner"/>), drops a sentence's opening <c>The</c> from a body's name
/// (<see cref="InitialArticleTrimmer"/>), joins names and the division word after them into places
/// (<see cref="DivisionRefiner"/>), and retypes demonyms as NORP (<see cref="NorpRefiner"/>).
/// <para>Requires: tokens, sentences. Produces: entities.</para>
/// The document's sentences are tagged in order, so a name's earlier labels inform its later mentions (document
/// history, <see cref="DocumentHistory.DefaultWindow"/> tokens). Text outside sentences (headers, datelines, credits)
/// is not tagged. Example: <c>Defense Minister Ana Kovac met officials from the United Nations in Geneva.</c> →
/// <c>Ana Kovac</c> person, <c>United Nations</c> org, <c>Geneva</c> loc.
/// </summary>
public sealed class EntityAnnotator(EntityTagger tagger) : IAnnotator
{
    private readonly NorpRefiner _norp = new(tagger.Gazetteer);
    private readonly DivisionRefiner _divisions = DivisionRefiner.English;

    public EntityAnnotator()
        : this(EntityTagger.English)
    {
    }

    public string Name => "entities";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Entities];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var history = new DocumentHistory();
        var scratch = new SentenceFeatures();
        var mentions = new List<EntityMention>();
        var words = new List<string>();
        var labels = new int[64];
        var confidences = new float[64];
        var spans = new List<(int Start, int End, EntityType Type)>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = sentence.TokenCount;
            words.Clear();
            for (var i = 0; i < n; i++)
            {
                words.Add(tokens[sentence.FirstToken + i].Span.Of(text));
            }

            if (labels.Length < n)
            {
                labels = new int[n * 2];
                confidences = new float[n * 2];
            }

            tagger.Tag(words, history, scratch, labels, confidences);
            spans.Clear();
            foreach (var span in BilouLabels.Decode(labels.AsSpan(0, n)))
            {
                spans.Add((span.Start, span.End, BilouLabels.EntityTypes[span.Type]));
            }

            if (spans.Count >= 2)
            {
                // Two names or more: the sentence was tagged, so the scratch holds its gazetteer marks.
                GazetteerNameJoiner.Join(spans, scratch.Gazetteer.AsSpan(0, n));
            }

            if (spans.Count > 0)
            {
                PluralPossessiveJoiner.Join(spans, words);
                InitialArticleTrimmer.Trim(spans, words);
            }

            if (spans.Count > 0 && words.Contains("("))
            {
                AcronymNameJoiner.Join(spans, words);
            }

            foreach (var (start, end, tagged, rule) in _divisions.Refine(spans, words))
            {
                var confidence = 1f;
                for (var i = start; i < end; i++)
                {
                    confidence = Math.Min(confidence, confidences[i]);
                }

                var (type, source) = rule
                    ? (tagged, EntitySource.Rule)
                    : _norp.Refine(tagged, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words)[start..end]);
                var first = tokens[sentence.FirstToken + start].Span;
                var last = tokens[sentence.FirstToken + end - 1].Span;
                mentions.Add(new EntityMention(new TextSpan(first.Start, last.End), type, MathF.Round(confidence, 3), source));
            }
        }

        document.Set(Layers.Entities, mentions);
    }
}
