using Claimline.Model;
using Claimline.Text;

namespace Claimline.Entities.Resolution;

/// <summary>
/// Finds the role written beside a person's name, in the three forms news uses:
/// before the name (<c>South Korean Defense Minister Park Min Soo</c>, <c>Pentagon spokesman Maj. Gen. Pat Ryder</c>),
/// as an apposition before it (<c>the deputy U.S. ambassador to the United Nations, Thomas Reyes</c>) or after it
/// (<c>Thomas Reyes, the deputy U.S. ambassador, said</c>). A role phrase is a run of title words, role modifiers and
/// names of places, groups and bodies, holding at least one title head; it never crosses another person's name.
/// The role's country comes from a country or demonym inside it; its organization from a body named inside it.
/// </summary>
internal sealed class RoleFinder(RoleLexicon lexicon, EntityDirectory directory)
{
    private static readonly string[] s_leadingFunctionWords = ["the", "a", "an", "and", "of", "to", "for", "then"];

    /// <summary>The context of one sentence: its tokens and, per token, the entity mention covering it (-1 if none).</summary>
    public sealed record SentenceView(string Text, ReadOnlyMemory<Token> Tokens, int[] MentionAt, IReadOnlyList<EntityMention> Mentions, int[] FirstTokenOf);

    public Role? Find(SentenceView view, int first, int end, out bool coordinated)
    {
        coordinated = false;
        var tokens = view.Tokens.Span;
        if (first > 0 && Word(view, first - 1) == ",")
        {
            if (Phrase(view, first - 2, backwards: true, apposition: true) is { } before)
            {
                return before.Role;
            }
        }
        else if (Phrase(view, first - 1, backwards: true) is { } premodifier)
        {
            coordinated = premodifier.StartsWithAnd;
            return premodifier.Role;
        }

        if (end < tokens.Length && Word(view, end) == ",")
        {
            var start = end + 1;
            if (start < tokens.Length && Word(view, start) is "the" or "a" or "an")
            {
                start++;
            }

            if (Phrase(view, start, backwards: false, apposition: true) is { } after
                && (after.Last + 1 >= tokens.Length || Word(view, after.Last + 1) is "," or "." or ";" or ")"))
            {
                return after.Role;
            }
        }

        return null;
    }

    /// <summary>The role inside the brackets of <c>(Russian President Vladimir) Putin</c>, and the name part it leaves.</summary>
    public (Role? Role, string? GivenNames) InBrackets(SentenceView view, int first)
    {
        if (first < 2 || Word(view, first - 1) != ")")
        {
            return (null, null);
        }

        var open = first - 2;
        while (open >= 0 && Word(view, open) != "(")
        {
            open--;
        }

        if (open < 0 || first - 1 - open < 2)
        {
            return (null, null);
        }

        // Given names: the capitalized words at the end of the brackets that are no title or known name.
        var namesStart = first - 1;
        while (namesStart - 1 > open && IsGivenName(view, namesStart - 1))
        {
            namesStart--;
        }

        if (namesStart == first - 1)
        {
            return (null, null);
        }

        var given = string.Join(' ', Enumerable.Range(namesStart, first - 1 - namesStart).Select(i => Text(view, i)));
        var role = Phrase(view, namesStart - 1, backwards: true, stopAt: open)?.Role;
        return (role, given);
    }

    /// <summary>
    /// The role phrase that ends (backwards) or starts (forwards) at <paramref name="from"/>. In an apposition, unknown
    /// lower-case words may stand in it too ("the disaster relief minister"), as long as the phrase reaches a title
    /// head; words like who, is, said end it.
    /// </summary>
    private Scan? Phrase(SentenceView view, int from, bool backwards, int stopAt = -1, bool apposition = false)
    {
        var tokens = view.Tokens.Span;
        var step = backwards ? -1 : 1;
        var k = from;
        var first = from;
        var last = from;
        var any = false;
        while (k >= 0 && k < tokens.Length && k != stopAt)
        {
            var mention = view.MentionAt[k];
            if (mention >= 0)
            {
                if (view.Mentions[mention].Type == EntityType.Person)
                {
                    break;
                }

                // Jump over the whole name of a place, group or body.
                while (k >= 0 && k < tokens.Length && view.MentionAt[k] == mention)
                {
                    k += step;
                }

                (first, last) = backwards ? (k + 1, last) : (first, k - 1);
                any = true;
                continue;
            }

            var word = Word(view, k);

            // A possessive after a country or body belongs to the role: "Chad's interior minister", "a spokesman for
            // Georgia's Interior Ministry".
            if (tokens[k].Kind == TokenKind.Clitic && word is "'s" or "’s" && k > 0 && view.MentionAt[k - 1] >= 0
                && view.Mentions[view.MentionAt[k - 1]].Type != EntityType.Person)
            {
                (first, last) = backwards ? (k, last) : (first, k);
                k += step;
                continue;
            }

            var known = lexicon.Titles.Contains(word) || lexicon.Modifiers.Contains(word)
                || directory.Lookup(Text(view, k)) is { Kind: ReferentKind.Country or ReferentKind.Group };
            var openWord = apposition && tokens[k].Kind == TokenKind.Word && char.IsLower(view.Text[tokens[k].Span.Start])
                && !lexicon.AppositionStops.Contains(word);
            if (!known && !openWord)
            {
                break;
            }

            (first, last) = backwards ? (k, last) : (first, k);
            any = true;
            k += step;
        }

        if (!any)
        {
            return null;
        }

        var startsWithAnd = false;
        while (first <= last && s_leadingFunctionWords.Contains(Word(view, first)))
        {
            startsWithAnd |= Word(view, first) == "and";
            first++;
        }

        while (last >= first && Word(view, last) is "the" or "of" or "to" or "for" or "and" or "a")
        {
            last--;
        }

        if (apposition && !backwards)
        {
            // Forwards, the phrase ends at its last title head or name: "the relief minister in charge" stops at minister.
            while (last >= first && view.MentionAt[last] < 0 && !lexicon.Titles.Contains(Word(view, last)))
            {
                last--;
            }
        }

        // A country or demonym that opens the phrase says whose role it is, not what the role is:
        // "South Korean Defense Minister" is the Defense Minister of South Korea. Inside, it stays ("deputy U.S. ambassador").
        string? leadingCountry = null;
        while (first <= last && CountryOf(view, first, out var unitEnd) is { } code)
        {
            leadingCountry ??= code;
            first = unitEnd + 1;
            if (first <= last && Word(view, first) is "'s" or "’s")
            {
                first++;
            }
        }

        if (first > last)
        {
            return null;
        }

        // Ranks written as abbreviations next to the name (Maj. Gen.) are kept apart from the title.
        var rankStart = last + 1;
        if (backwards)
        {
            while (rankStart - 1 >= first && view.MentionAt[rankStart - 1] < 0 && RoleLexicon.IsRank(Word(view, rankStart - 1)))
            {
                rankStart--;
            }
        }

        var titleLast = rankStart - 1;
        var hasHead = false;
        string? country = null;
        string? organization = null;
        for (var i = first; i <= Math.Max(titleLast, first - 1); i++)
        {
            hasHead |= view.MentionAt[i] < 0 && lexicon.Titles.Contains(Word(view, i)) && !RoleLexicon.IsRank(Word(view, i));
        }

        for (var i = first; i <= last; i++)
        {
            var name = view.MentionAt[i] >= 0 ? view.Mentions[view.MentionAt[i]].Span.Of(view.Text) : Text(view, i);
            switch (directory.Lookup(name))
            {
                case { Kind: ReferentKind.Country or ReferentKind.Group } entry:
                    country ??= entry.Country;
                    break;
                case { Kind: ReferentKind.Organization } entry:
                    organization ??= entry.Canonical;
                    country ??= entry.Country;
                    break;
                case null when view.MentionAt[i] >= 0 && view.Mentions[view.MentionAt[i]].Type == EntityType.Org:
                    organization ??= name;
                    break;
            }
        }

        if (!hasHead && rankStart > last)
        {
            return null;
        }

        country = leadingCountry ?? country;

        var tokensSpan = view.Tokens.Span;
        var titleSpan = titleLast >= first ? new TextSpan(tokensSpan[first].Span.Start, tokensSpan[titleLast].Span.End) : (TextSpan?)null;
        var rank = rankStart <= last ? new TextSpan(tokensSpan[rankStart].Span.Start, tokensSpan[last].Span.End).Of(view.Text) : null;
        var whole = new TextSpan(tokensSpan[first].Span.Start, tokensSpan[last].Span.End);
        var title = titleSpan?.Of(view.Text) ?? rank!;
        return new Scan(
            new Role(titleSpan ?? whole, title, country, organization, titleSpan is null ? null : rank, country is null ? RoleSource.None : RoleSource.Explicit),
            startsWithAnd,
            first,
            last);
    }

    /// <summary>The country code of the country name or demonym starting at token <paramref name="k"/>, and the token where it ends.</summary>
    private string? CountryOf(SentenceView view, int k, out int end)
    {
        end = k;
        var mention = view.MentionAt[k];
        if (mention >= 0)
        {
            while (end + 1 < view.MentionAt.Length && view.MentionAt[end + 1] == mention)
            {
                end++;
            }

            return directory.Lookup(view.Mentions[mention].Span.Of(view.Text)) is { Kind: ReferentKind.Country or ReferentKind.Group } entry ? entry.Country : null;
        }

        return directory.Lookup(Text(view, k)) is { Kind: ReferentKind.Country or ReferentKind.Group } word ? word.Country : null;
    }

    private bool IsGivenName(SentenceView view, int k)
    {
        var token = view.Tokens.Span[k];
        var word = Word(view, k);
        return token.Kind == TokenKind.Word && char.IsUpper(view.Text[token.Span.Start])
            && !lexicon.Titles.Contains(word) && !lexicon.Modifiers.Contains(word) && directory.Lookup(Text(view, k)) is null;
    }

    private static string Text(SentenceView view, int k) => view.Tokens.Span[k].Span.Of(view.Text);

    private static string Word(SentenceView view, int k) => Text(view, k).ToLowerInvariant();

    private sealed record Scan(Role Role, bool StartsWithAnd, int First, int Last);
}
