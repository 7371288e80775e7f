using Claimline.Model;
using Claimline.Text;

namespace Claimline.Quotes.Attribution;

/// <summary>
/// Resolves speakers within one article on tokens alone: <c>he</c>/<c>she</c> → the last named speaker (or, failing
/// that, the last full name in the text before); <c>they</c>/<c>we</c> → the last organization or group of speakers;
/// a one-word name → the earlier full name that contains it (<c>Delgado</c> → <c>Maria Delgado</c>), titles left out.
/// </summary>
public sealed class InArticleSpeakerResolver(QuoteLexicon lexicon) : ISpeakerResolver
{
    public static InArticleSpeakerResolver English { get; } = new(QuoteLexicon.English);

    public ResolvedSpeaker? Resolve(Document document, SpeakerMention mention, IReadOnlyList<Quote> earlier)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(earlier);
        switch (mention.Kind)
        {
            case SpeakerKind.Pronoun:
                var antecedent = lexicon.Pronouns.GetValueOrDefault(mention.Text.ToLowerInvariant());
                if (antecedent is not ("person" or "group"))
                {
                    // No earlier speaker fits such a pronoun: do not walk back through every quote to find that out.
                    return null;
                }

                for (var i = earlier.Count - 1; i >= 0; i--)
                {
                    var q = earlier[i];
                    if (q.Speaker is null || q.SpeakerKind is null || q.Speaker.Value.Start >= mention.Span.Start)
                    {
                        continue;
                    }

                    var kind = q.SpeakerKind.Value;
                    var fits = antecedent switch
                    {
                        "person" => kind is SpeakerKind.Named or SpeakerKind.Role,
                        "group" => kind is SpeakerKind.Organization or SpeakerKind.Multiple or SpeakerKind.Unnamed,
                        _ => false,
                    };
                    if (fits && kind != SpeakerKind.Pronoun)
                    {
                        return q.Resolved is { } r ? new ResolvedSpeaker(r, q.ResolvedText!) : new ResolvedSpeaker(q.Speaker.Value, q.SpeakerText!);
                    }

                    if (fits && q.Resolved is { } chained)
                    {
                        return new ResolvedSpeaker(chained, q.ResolvedText!);
                    }
                }

                return antecedent == "person" ? LastFullName(document, mention.Span.Start, null) : null;
            case SpeakerKind.Named when !mention.Text.Contains(' ', StringComparison.Ordinal):
                return LastFullName(document, mention.Span.Start, mention.Text);
            default:
                return null;
        }
    }

    /// <summary>The last run of two or more capitalized words before <paramref name="before"/> (containing <paramref name="word"/> if given).</summary>
    private ResolvedSpeaker? LastFullName(Document document, int before, string? word)
    {
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var end = tokens.FirstStartingAtOrAfter(before) - 1;
        var limit = Math.Max(0, end - 2000);
        for (var i = end; i >= limit; i--)
        {
            if (!IsName(tokens[i], text))
            {
                continue;
            }

            var last = i;
            var first = i;
            while (first - 1 >= limit && (IsName(tokens[first - 1], text) || (tokens[first - 1].Span.Of(text) == "of" && first - 2 >= limit && IsName(tokens[first - 2], text))))
            {
                first--;
            }

            // Titles are left out: `Secretary of State Maria Delgado` names Maria Delgado.
            // The name starts after the last title word (`Harbor Director Paulo Mendes` → Paulo Mendes).
            var nameFirst = first;
            for (var t = first; t < last; t++)
            {
                if (lexicon.Titles.Contains(tokens[t].Span.Of(text)))
                {
                    nameFirst = t + 1;
                }
            }

            i = first;
            if (last - nameFirst < 1)
            {
                continue;
            }

            var span = new TextSpan(tokens[nameFirst].Span.Start, tokens[last].Span.End);
            var name = span.Of(text);
            if (word is null || name.Split(' ', '-').Contains(word, StringComparer.Ordinal) || name.Split(' ').Contains(word, StringComparer.Ordinal))
            {
                return new ResolvedSpeaker(span, name);
            }
        }

        return null;
    }

    private static bool IsName(Token token, string text)
        => token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]) && token.Span.Length > 1;
}
