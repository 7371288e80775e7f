using Claimline.Entities.Resolution;
using Claimline.Model;
using Claimline.Text;

namespace Claimline.Entities.Coreference;

/// <summary>
/// Finds the candidate anaphors of a sentence, token by token (the "find" half of find-then-refine): third-person
/// pronouns (<c>it</c> only as a subject that is not expletive: <c>it is unclear</c> is left alone), and phrases of
/// <c>the</c>/<c>this</c>/<c>that</c>, role modifiers, country words and a head that is a role title
/// (<c>the deputy ambassador</c>), a generic role head with a country (<c>the Russian representative</c>) or a
/// description noun (<c>the ministry</c>, <c>this country</c>). A phrase followed by a name is an apposition
/// (<c>the minister, Ana Kovac,</c>), not an anaphor.
/// </summary>
internal sealed class AnaphorFinder(CoreferenceLexicon lexicon, EntityDirectory directory)
{
    /// <summary>Words a phrase may hold between its determiner and head (<c>the former deputy defense minister</c> is five).</summary>
    private const int MaxPhraseWords = 6;

    /// <summary>A pronoun at token <paramref name="k"/>, or null.</summary>
    public AnaphorCandidate? Pronoun(string text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Word || token.Span.Length > 10)
        {
            return null;
        }

        var word = token.Span.SliceOf(text);

        // "US", "IT": capitals after the first letter are a name, not a pronoun.
        if (word.Length > 1 && char.IsUpper(word[1]))
        {
            return null;
        }

        if (lexicon.Pronoun(word) is not { } info)
        {
            return null;
        }

        if (info.Neuter && info.Subject && !IsSubjectIt(text, tokens, k))
        {
            return null;
        }

        return new AnaphorCandidate(AnaphorKind.Pronoun, info, word.ToString().ToLowerInvariant(), [], null, false, null);
    }

    /// <summary>
    /// A role noun or description starting with the determiner at <paramref name="k"/>; <paramref name="end"/> is the
    /// token after it. <paramref name="commaName"/> is the token of a capitalized word after a comma that follows
    /// the phrase, or -1: if a person's name starts there, the phrase is an apposition and the caller drops it.
    /// </summary>
    public AnaphorCandidate? Phrase(string text, ReadOnlySpan<Token> tokens, int k, out int end, out int commaName)
    {
        end = k;
        commaName = -1;
        var determiner = tokens[k].Span.SliceOf(text);
        if (!determiner.Equals("the", StringComparison.OrdinalIgnoreCase) && !determiner.Equals("this", StringComparison.OrdinalIgnoreCase)
            && !determiner.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? country = null;
        var modifiers = new List<string>();
        var head = -1;
        var j = k + 1;
        for (; j < tokens.Length && j <= k + MaxPhraseWords; j++)
        {
            var token = tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            var word = token.Span.SliceOf(text);
            if (char.IsUpper(word[0]))
            {
                // A country word qualifies the role ("the Russian representative", "the U.S. envoy"); another capitalized
                // word before a lower-case title is where or for whom it is held ("the Florida senator", "the Republican
                // nominee"), kept as a modifier. A phrase whose capitals run into its head is a name ("the Defense
                // Ministry"), which the referents stage owns: no title follows, so it is no anaphor.
                var (code, width) = CountryAt(text, tokens, j);
                if (head >= 0)
                {
                    break;
                }

                if (code is null)
                {
                    modifiers.Add(word.ToString().ToLowerInvariant());
                    continue;
                }

                country = code;
                j += width - 1;
                continue;
            }

            var isHead = lexicon.IsTitle(word) || lexicon.Is(word, WordClass.Generic) || lexicon.Description(word) is not null;
            if (isHead)
            {
                head = j;
                continue;
            }

            if (head < 0 && lexicon.IsModifier(word) && !IsFunctionWord(word))
            {
                modifiers.Add(word.ToString().ToLowerInvariant());
                continue;
            }

            break;
        }

        if (head < 0 || head != j - 1)
        {
            return null;
        }

        end = j;
        if (j < tokens.Length && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Span.Start]))
        {
            // "the minister Ana Kovac": a title before a name.
            return null;
        }

        if (j + 1 < tokens.Length && text[tokens[j].Span.Start] == ',' && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[j + 1].Span.Start]))
        {
            commaName = j + 1;
        }

        // "the president of Russia": the country after "of" qualifies the role; any other "of" phrase makes it specific.
        if (j + 1 < tokens.Length && tokens[j].Span.SliceOf(text).Equals("of", StringComparison.Ordinal))
        {
            var (code, width) = CountryAt(text, tokens, j + 1);
            if (code is null || (country is not null && country != code))
            {
                return null;
            }

            country = code;
            end = j + 1 + width;
        }

        var headWord = tokens[head].Span.SliceOf(text);
        var lower = headWord.ToString().ToLowerInvariant();
        if (lexicon.IsTitle(headWord) || lexicon.Is(headWord, WordClass.Generic))
        {
            return new AnaphorCandidate(AnaphorKind.Role, null, lower, modifiers, country, lexicon.Is(headWord, WordClass.Generic), null);
        }

        // A description with modifiers ("the defense ministry") still names a body; one with a role word is not one.
        return new AnaphorCandidate(AnaphorKind.Description, null, lower, modifiers, country, false, lexicon.Description(headWord));
    }

    /// <summary>"it" as a subject: after the sentence start, a comma or a clause opener, and not before a copula or the like.</summary>
    private bool IsSubjectIt(string text, ReadOnlySpan<Token> tokens, int k)
    {
        // "said Monday it would": a speech verb two words back opens the clause as well.
        var before = k == 0 || tokens[k - 1].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash
            || (tokens[k - 1].Kind == TokenKind.Word && lexicon.Is(tokens[k - 1].Span.SliceOf(text), WordClass.Opener))
            || (k > 1 && tokens[k - 2].Kind == TokenKind.Word && lexicon.Is(tokens[k - 2].Span.SliceOf(text), WordClass.Speech));
        if (!before || k + 1 >= tokens.Length)
        {
            return false;
        }

        var next = tokens[k + 1];
        return next.Kind is TokenKind.Word or TokenKind.Clitic && !lexicon.Is(next.Span.SliceOf(text), WordClass.Expletive);
    }

    /// <summary>A country name or demonym of one or two words at <paramref name="j"/>: its code and width in tokens.</summary>
    private (string? Code, int Width) CountryAt(string text, ReadOnlySpan<Token> tokens, int j)
    {
        if (j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[j + 1].Span.Start])
            && directory.Lookup(text[tokens[j].Span.Start..tokens[j + 1].Span.End]) is { Country: { } two, Kind: ReferentKind.Country or ReferentKind.Group })
        {
            return (two, 2);
        }

        return directory.Lookup(tokens[j].Span.Of(text)) is { Country: { } one, Kind: ReferentKind.Country or ReferentKind.Group } ? (one, 1) : (null, 0);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word)
        => word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
            || word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase)
            || word.Equals("and", StringComparison.OrdinalIgnoreCase);
}
