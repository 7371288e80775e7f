using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Model;
using Claimline.Structure;
using Claimline.Syntax;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Events;

/// <summary>What the events stage reads of one document, indexed once: tokens, parse, referents, anaphora, times, datelines.</summary>
internal sealed class EventContext
{
    public EventContext(Document document)
    {
        Text = document.Text;
        Tokens = document.Get(Layers.Tokens);
        TokenIndex = SpanIndex.Of(Tokens);
        Syntax = new DocumentSyntax(document);
        Referents = document.Get(Layers.Referents);
        Mentions = ReferentMentions.Of(Referents);
        Anaphora = document.TryGet(Layers.Anaphora, out var links) ? links : Layer<Anaphor>.Empty;
        AnaphorIndex = SpanIndex.Of(Anaphora);
        Times = document.TryGet(Layers.Times, out var times) ? times : Layer<TimeExpression>.Empty;
        Sentences = document.TryGet(Layers.Sentences, out var sentences) ? sentences : Layer<Sentence>.Empty;
        SentenceIndex = SpanIndex.Of(Sentences);
        TimeIndex = SpanIndex.Of(Times);
        Date = document.Meta.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (document.TryGet(Layers.Datelines, out var lines))
        {
            foreach (var line in lines)
            {
                Datelines.Add((line, EntityDirectory.English.CountryOf(line)));
            }
        }
    }

    public string Text { get; }

    public Layer<Token> Tokens { get; }

    /// <summary>The tokens by span, to find the words of a mention.</summary>
    public SpanIndex TokenIndex { get; }

    public DocumentSyntax Syntax { get; }

    public Layer<Referent> Referents { get; }

    public ReferentMentions Mentions { get; }

    public Layer<Anaphor> Anaphora { get; }

    public SpanIndex AnaphorIndex { get; }

    public Layer<TimeExpression> Times { get; }

    public Layer<Sentence> Sentences { get; }

    public SpanIndex SentenceIndex { get; }

    public SpanIndex TimeIndex { get; }

    /// <summary>The document's publication date (<c>YYYY-MM-DD</c>), or null.</summary>
    public string? Date { get; }

    /// <summary>The datelines in text order with the country of their place.</summary>
    public List<(Dateline Line, string? Country)> Datelines { get; } = [];

    public TextSpan SpanOf(int token) => Tokens[token].Span;

    /// <summary>The token as written.</summary>
    public string WordOf(int token) => Tokens[token].Span.Of(Text);

    /// <summary>The preposition (<c>case</c> dependent) of a nominal, lower case, or null: <c>in</c> for <c>in Lagos</c>.</summary>
    public string? CaseOf(int token)
    {
        foreach (var (child, relation) in Syntax.Dependents(token))
        {
            if (relation == "case")
            {
                return WordOf(child).ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>The dateline that opens the story holding <paramref name="offset"/>, or null.</summary>
    public (Dateline Line, string? Country)? DatelineAt(int offset)
    {
        (Dateline, string?)? found = null;
        foreach (var entry in Datelines)
        {
            if (entry.Line.Span.Start > offset)
            {
                break;
            }

            found = entry;
        }

        return found;
    }

    /// <summary>The span of the sentence holding <paramref name="offset"/>, or an empty span.</summary>
    public TextSpan SentenceAt(int offset)
    {
        foreach (var i in SentenceIndex.Overlapping(new TextSpan(offset, offset + 1)))
        {
            return Sentences[i].Span;
        }

        return new TextSpan(offset, offset);
    }

    /// <summary>The country of the story's dateline, or null.</summary>
    public string? DatelineCountry(int offset) => DatelineAt(offset)?.Country;

    /// <summary>
    /// The country whose places (itself, its towns and regions) the document names most often, counting every mention;
    /// null when none is named or two are named equally often. An article with no dateline is still mostly set in one
    /// country, and the analyst reading `militiamen killed civilians` in a story about Darfur codes both as Sudanese.
    /// </summary>
    public string? ArticleCountry => (_articleCountry ??= new Lazy<string?>(MostNamedCountry)).Value;

    private Lazy<string?>? _articleCountry;

    private string? MostNamedCountry()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var referent in Referents)
        {
            if (referent is { Kind: Entities.Resolution.ReferentKind.Place or Entities.Resolution.ReferentKind.Country, Country: { } country })
            {
                counts[country] = counts.GetValueOrDefault(country) + referent.Mentions.Count;
            }
        }

        string? best = null;
        int first = 0, second = 0;
        foreach (var (country, count) in counts)
        {
            if (count > first)
            {
                (best, first, second) = (country, count, first);
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return first > second ? best : null;
    }
}
