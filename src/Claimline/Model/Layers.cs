using Claimline.Claims;
using Claimline.Entities;
using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Quantities;
using Claimline.Quotes;
using Claimline.Structure;
using Claimline.Syntax;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Model;

/// <summary>
/// The catalogue of every layer a document can carry. The names are the JSON schema's layer names
/// (docs/schema.md): renaming one is a schema change.
/// </summary>
public static class Layers
{
    public static readonly LayerKey<Token> Tokens = new("tokens", LayerShape.Disjoint);
    public static readonly LayerKey<Paragraph> Paragraphs = new("paragraphs", LayerShape.Disjoint);
    public static readonly LayerKey<Section> Sections = new("sections", LayerShape.Overlapping);
    public static readonly LayerKey<Dateline> Datelines = new("datelines", LayerShape.Disjoint);
    public static readonly LayerKey<Sentence> Sentences = new("sentences", LayerShape.Disjoint);

    /// <summary>UPOS tags and lemmas, one item per sentence (stage <c>pos</c>).</summary>
    public static readonly LayerKey<TaggedSentence> Pos = new("pos", LayerShape.Disjoint);

    /// <summary>A labelled dependency tree, one item per sentence (stage <c>syntax</c>).</summary>
    public static readonly LayerKey<DependencyTree> Syntax = new("syntax", LayerShape.Disjoint);

    // Extension points for the stages of later issues: declared now so the schema and the pipeline know them.
    public static readonly LayerKey<EntityMention> Entities = new("entities", LayerShape.Overlapping);
    public static readonly LayerKey<Referent> Referents = new("referents", LayerShape.Overlapping);

    /// <summary>Pronouns, role nouns and descriptions linked to a referent (stage <c>coreference</c>).</summary>
    public static readonly LayerKey<Anaphor> Anaphora = new("anaphora", LayerShape.Disjoint);
    public static readonly LayerKey<TimeExpression> Times = new("times", LayerShape.Overlapping);

    /// <summary>One reference time per sentence (when its statement was made), written by the time stage with <see cref="Times"/>.</summary>
    public static readonly LayerKey<SentenceTime> SentenceTimes = new("sentenceTimes", LayerShape.Disjoint);

    public static readonly LayerKey<Quote> Quotes = new("quotes", LayerShape.Overlapping);
    public static readonly LayerKey<Quantity> Quantities = new("quantities", LayerShape.Overlapping);
    public static readonly LayerKey<Claim> Claims = new("claims", LayerShape.Overlapping);
    public static readonly LayerKey<Event> Events = new("events", LayerShape.Overlapping);

    /// <summary>All keys, in schema order.</summary>
    public static IReadOnlyList<LayerKey> All { get; } =
        [Tokens, Paragraphs, Sections, Datelines, Sentences, Entities, Pos, Syntax, Referents, Anaphora, Times, SentenceTimes, Quotes, Quantities, Claims, Events];

    public static LayerKey? ByName(string name)
    {
        foreach (var key in All)
        {
            if (key.Name == name)
            {
                return key;
            }
        }

        return null;
    }
}
