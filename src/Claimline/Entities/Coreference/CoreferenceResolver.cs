using Claimline.Entities.Resolution;
using Claimline.Model;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Entities.Coreference;

/// <summary>
/// Links an article's pronouns, role nouns and descriptions to its referents, find-then-refine in the manner of
/// Stanford's multi-pass sieve (Lee et al. 2013), after the names have been grouped by <see cref="ReferentResolver"/>:
/// <list type="number">
/// <item>find: one scan over each sentence's tokens collects the referents' mentions (with subject, speaker and
/// in-quote flags), the candidate anaphors (<see cref="AnaphorFinder"/>) and plural people nouns, in text order;</item>
/// <item>sieve 1, the surest: role nouns (<c>the minister</c> → the person whose role says minister) and
/// descriptions (<c>the ministry</c>, <c>the country</c>), swept in text order so that each link counts as a mention
/// for the next;</item>
/// <item>sieve 2: pronouns, swept again with the names and the links of sieve 1 as their antecedents, by gender,
/// number, animacy and salience (<see cref="CoreferenceSieves"/>).</item>
/// </list>
/// Links never point forward and never into another story of the file. First-person pronouns inside quotes (the
/// speaker) are left to the quotes stage.
/// </summary>
public sealed class CoreferenceResolver
{
    private static readonly Lazy<CoreferenceResolver> s_english = new(() => new CoreferenceResolver(CoreferenceLexicon.English, EntityDirectory.English));

    private readonly CoreferenceLexicon _lexicon;
    private readonly AnaphorFinder _finder;

    public CoreferenceResolver(CoreferenceLexicon lexicon, EntityDirectory directory)
    {
        _lexicon = lexicon;
        _finder = new AnaphorFinder(lexicon, directory);
    }

    public static CoreferenceResolver English => s_english.Value;

    public List<Anaphor> Resolve(Document document)
    {
        var referents = document.Get(Layers.Referents);
        var anaphora = new List<Anaphor>();
        if (referents.Count == 0)
        {
            return anaphora;
        }

        var genders = InitialGenders(referents);
        var occurrences = Find(document, referents, genders);
        var sieves = new CoreferenceSieves(document.Text, referents, _lexicon);
        var links = new Link?[occurrences.Count];
        Sweep(occurrences, links, genders, pronouns: false, (a, o, s) => a.Kind == AnaphorKind.Role ? sieves.Role(a, o, s) : sieves.Description(a, o, s));
        Sweep(occurrences, links, genders, pronouns: true, (a, o, s) => sieves.Pronoun(a, o, s));

        for (var i = 0; i < occurrences.Count; i++)
        {
            if (links[i] is { } link)
            {
                var o = occurrences[i];
                var r = referents[link.Referent];
                anaphora.Add(new Anaphor(o.Span, o.Anaphor!.Kind, link.Referent, r.Key, r.Canonical, link.Antecedent, Math.Round(link.Confidence, 3), link.Sieve));
            }
        }

        return anaphora;
    }

    /// <summary>
    /// One sweep over the occurrences: names and earlier links update the salience; the anaphors of this sweep's kind
    /// (pronouns, or role nouns and descriptions) are linked where a sieve is sure enough.
    /// </summary>
    private static void Sweep(List<Occurrence> occurrences, Link?[] links, Gender[] genders, bool pronouns, Func<AnaphorCandidate, Occurrence, Salience, Link?> sieve)
    {
        var salience = new Salience(genders);
        for (var i = 0; i < occurrences.Count; i++)
        {
            var o = occurrences[i];
            salience.Enter(o);
            if (o.IsPeopleNoun)
            {
                salience.PeopleNoun(o);
                continue;
            }

            if (o.Anaphor is not { } anaphor)
            {
                salience.Mention(o.Referent, o);
                continue;
            }

            if ((anaphor.Kind == AnaphorKind.Pronoun) == pronouns && sieve(anaphor, o, salience) is { Confidence: >= CoreferenceSieves.Threshold } link)
            {
                links[i] = link;
                if (anaphor.Pronoun is { Gender: not Gender.Unknown } p && genders[link.Referent] == Gender.Unknown)
                {
                    // A kept he/she teaches the person's gender to the pronouns after it (a man called he is not her later).
                    genders[link.Referent] = p.Gender;
                }
            }

            if (links[i] is { } linked)
            {
                salience.Mention(linked.Referent, o);
            }
        }
    }

    /// <summary>Each referent's gender as its name or role says it (<see cref="CoreferenceLexicon.GenderOf"/>).</summary>
    private Gender[] InitialGenders(Layer<Referent> referents)
    {
        var genders = new Gender[referents.Count];
        for (var r = 0; r < referents.Count; r++)
        {
            genders[r] = _lexicon.GenderOf(referents[r]);
        }

        return genders;
    }

    /// <summary>The scan: every mention, candidate anaphor and people noun inside sentences, in text order.</summary>
    private List<Occurrence> Find(Document document, Layer<Referent> referents, Gender[] genders)
    {
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens).AsSpan();
        var paragraphs = document.Get(Layers.Paragraphs);
        var stories = document.Get(Layers.Sections).Where(s => s.Kind == SectionKind.Story).ToArray();
        var mentions = Mentions(referents);
        var occurrences = new List<Occurrence>();
        var (m, paragraph, story, sentenceIndex) = (0, -1, 0, -1);
        var inQuote = false;
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            sentenceIndex++;
            var start = sentence.Span.Start;
            var newParagraph = false;
            while (paragraph + 1 < paragraphs.Count && paragraphs[paragraph + 1].Span.Start <= start)
            {
                paragraph++;
                newParagraph = true;
            }

            // A quote does not run over a paragraph break without a new opening mark.
            inQuote &= !newParagraph;
            while (story + 1 < stories.Length && stories[story + 1].Span.Start <= start)
            {
                story++;
            }

            var storyIndex = stories.Length > 0 && stories[story].Span.Contains(sentence.Span) ? stories[story].Story : -1;
            while (m < mentions.Length && mentions[m].Span.Start < start)
            {
                m++;
            }

            var words = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            var mentionStart = m;
            var first = occurrences.Count;
            for (var k = 0; k < words.Length; k++)
            {
                var token = words[k];
                if (token.Kind == TokenKind.Quote)
                {
                    inQuote = QuoteState(text[token.Span.Start], inQuote);
                    continue;
                }

                var place = new Place(sentenceIndex, paragraph, storyIndex, inQuote);
                while (m < mentions.Length && mentions[m].Span.End <= token.Span.Start)
                {
                    m++;
                }

                var (phraseEnd, commaName) = (k, -1);
                var phrase = token.Kind == TokenKind.Word ? _finder.Phrase(text, words, k, out phraseEnd, out commaName) : null;
                if (phrase is not null && commaName >= 0 && StartsPerson(mentions, mentionStart, words[commaName], referents))
                {
                    // "the minister, Ana Kovac, said": an apposition names its person; the referents stage has it.
                    phrase = null;
                }

                if (phrase is not null)
                {
                    Add(occurrences, text, words, k, phraseEnd, -1, phrase, place, first, referents);
                    k = phraseEnd - 1;
                    continue;
                }

                if (m < mentions.Length && mentions[m].Span.Start < token.Span.End)
                {
                    var end = k;
                    while (m < mentions.Length && mentions[m].Span.Start < token.Span.End)
                    {
                        var (span, referent) = mentions[m++];
                        while (end < words.Length && words[end].Span.Start < span.End)
                        {
                            end++;
                        }

                        if (referents[referent].Kind == ReferentKind.Person && genders[referent] == Gender.Unknown && k > 0)
                        {
                            genders[referent] = Honorific(text, words[k - 1]);
                        }

                        Add(occurrences, text, words, k, Math.Max(end, k + 1), referent, null, place, first, referents, span);
                    }

                    k = Math.Max(end, k + 1) - 1;
                    continue;
                }

                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (_finder.Pronoun(text, words, k) is { } pronoun)
                {
                    Add(occurrences, text, words, k, k + 1, -1, pronoun, place, first, referents);
                }
                else if (char.IsLower(text[token.Span.Start]) && Plural(text, words, k) is { } nearOnly)
                {
                    occurrences.Add(new Occurrence(token.Span, -1, null, true, place.Sentence, place.Paragraph, place.Story, false, false, place.InQuote, nearOnly));
                }
            }
        }

        return occurrences;
    }

    /// <summary>
    /// Adds a mention or anaphor over tokens <paramref name="k"/>..<paramref name="end"/>. It is the subject when it
    /// is the sentence's first mention or anaphor and no preposition stands before it, or when a speech verb stands
    /// next to it (<c>Kovac said</c>, <c>said Kovac</c>); a speaker in the latter case.
    /// </summary>
    private void Add(List<Occurrence> occurrences, string text, ReadOnlySpan<Token> words, int k, int end, int referent, AnaphorCandidate? anaphor, Place place, int firstOfSentence, Layer<Referent> referents, TextSpan? exact = null)
    {
        // A mention keeps its own span (later links point back to it); an anaphor covers its tokens.
        var span = exact ?? new TextSpan(words[k].Span.Start, words[end - 1].Span.End);

        var after = end < words.Length ? words[end] : default;
        var possessive = after.Kind == TokenKind.Clitic || anaphor?.Pronoun is { Possessive: true };
        var speaker = !possessive && ((end < words.Length && after.Kind == TokenKind.Word && _lexicon.Is(after.Span.SliceOf(text), WordClass.Speech))
            || (k > 0 && words[k - 1].Kind == TokenKind.Word && _lexicon.Is(words[k - 1].Span.SliceOf(text), WordClass.Speech) && (k < 2 || words[k - 2].Kind != TokenKind.Word)));
        var firstInSentence = true;
        for (var i = occurrences.Count - 1; i >= firstOfSentence; i--)
        {
            // A demonym before a name is its adjective ("Spanish Health Minister Elena Ruiz"), not the subject.
            if (!occurrences[i].IsPeopleNoun && !(occurrences[i].Referent >= 0 && referents[occurrences[i].Referent].Kind == ReferentKind.Group))
            {
                firstInSentence = false;
                break;
            }
        }

        var afterPreposition = k > 0 && words[k - 1].Kind == TokenKind.Word && _lexicon.Is(words[k - 1].Span.SliceOf(text), WordClass.Preposition);
        var subject = speaker || (firstInSentence && !afterPreposition && !possessive);
        occurrences.Add(new Occurrence(span, referent, anaphor, false, place.Sentence, place.Paragraph, place.Story, subject, speaker, place.InQuote));
    }

    /// <summary>
    /// A lower-case plural that a <c>they</c> after it may mean as well as any named body: a people noun of the list
    /// or one before a speech verb (<c>economists said</c>; false: it competes over two sentences), or one after a
    /// determiner, possessive or number (<c>the lawyers</c>, <c>Keating's lawyers</c>; true: in its sentence only).
    /// </summary>
    private bool? Plural(string text, ReadOnlySpan<Token> words, int k)
    {
        var word = words[k].Span.SliceOf(text);
        if (_lexicon.Is(word, WordClass.People))
        {
            return false;
        }

        if (word.Length <= 3 || word[^1] != 's' || word[^2] is 's' or 'u' or 'i')
        {
            return null;
        }

        var speech = k + 1 < words.Length && words[k + 1].Kind == TokenKind.Word && _lexicon.Is(words[k + 1].Span.SliceOf(text), WordClass.Speech);
        var before = k > 0 ? words[k - 1] : default;
        var determined = k > 0 && (before.Kind is TokenKind.Clitic or TokenKind.Number
            || (before.Kind == TokenKind.Word && _lexicon.Is(before.Span.SliceOf(text), WordClass.PluralDeterminer)));
        return speech ? false : determined ? true : null;
    }

    private Gender Honorific(string text, Token before)
    {
        var word = before.Span.SliceOf(text);
        return _lexicon.Is(word, WordClass.HonorificMale) ? Gender.Male : _lexicon.Is(word, WordClass.HonorificFemale) ? Gender.Female : Gender.Unknown;
    }

    /// <summary>Opening marks open, closing marks close, a straight mark toggles.</summary>
    private static bool QuoteState(char mark, bool inQuote) => mark switch
    {
        '“' or '«' or '„' => true,
        '”' or '»' => false,
        '"' => !inQuote,
        _ => inQuote,
    };

    private static bool StartsPerson((TextSpan Span, int Referent)[] mentions, int from, Token token, Layer<Referent> referents)
    {
        for (var i = from; i < mentions.Length && mentions[i].Span.Start <= token.Span.Start; i++)
        {
            if (mentions[i].Span.Start == token.Span.Start && referents[mentions[i].Referent].Kind == ReferentKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every mention of every referent, by start (the longest first where two start together).</summary>
    private static (TextSpan Span, int Referent)[] Mentions(Layer<Referent> referents)
    {
        var list = new List<(TextSpan, int)>();
        for (var r = 0; r < referents.Count; r++)
        {
            foreach (var mention in referents[r].Mentions)
            {
                list.Add((mention, r));
            }
        }

        var array = list.ToArray();
        Array.Sort(array, static (a, b) => a.Item1.Start != b.Item1.Start ? a.Item1.Start.CompareTo(b.Item1.Start) : b.Item1.End.CompareTo(a.Item1.End));
        return array;
    }

    /// <summary>Where an occurrence stands: sentence, paragraph and story numbers, and whether inside a direct quote.</summary>
    private readonly record struct Place(int Sentence, int Paragraph, int Story, bool InQuote);
}
