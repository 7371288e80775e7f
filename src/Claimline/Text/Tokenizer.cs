using System.Globalization;
using System.Runtime.CompilerServices;
using Claimline.Model;

namespace Claimline.Text;

/// <summary>
/// Splits text into tokens with exact offsets, tuned for news copy. A single forward scan, no regular expressions,
/// no backtracking: linear time on any input.
/// <list type="bullet">
/// <item>Words keep inner hyphens and apostrophes (Yong-hyun, Asia-Pacific, O'Neill); numbers keep thousands
/// separators, decimals and suffixes (8,000 · 1.5 · 11,000-strong · 1990s · 24th · 10:30).</item>
/// <item>Clitics are split Penn Treebank style, as the CoNLL training data is: Ukraine’s → Ukraine ’s; don't → do n't.</item>
/// <item>A period stays on listed abbreviations (Gen., Oct., Jr.), acronyms (U.S., p.m.) and initials (F.); the
/// sentence splitter decides later whether such a token also ends the sentence.</item>
/// <item>Quotes, dashes and brackets are tokens of their own; URLs are kept whole.</item>
/// </list>
/// </summary>
public sealed class Tokenizer
{
    private static readonly Lazy<Tokenizer> s_english = new(() => new Tokenizer(Abbreviations.English));

    private readonly Abbreviations _abbreviations;

    public Tokenizer(Abbreviations abbreviations) => _abbreviations = abbreviations;

    public static Tokenizer English => s_english.Value;

    /// <summary>Tokenizes a whole text.</summary>
    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>((text.Length / 5) + 4);
        Tokenize(text, 0, tokens);
        return tokens;
    }

    /// <summary>Tokenizes <paramref name="text"/>, adding <paramref name="offset"/> to every span.</summary>
    public void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if ((c is 'h' or 'w' or 'H' or 'W') && UrlLength(text, i) is var urlLength and > 0)
                {
                    tokens.Add(new Token(new TextSpan(offset + i, offset + i + urlLength), TokenKind.Url));
                    i += urlLength;
                }
                else
                {
                    i = ScanWord(text, i, offset, tokens);
                }

                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            int length;
            TokenKind kind;
            switch (c)
            {
                case '.' or '!' or '?' or '…':
                    length = RunLength(text, i, static ch => ch is '.' or '!' or '?' or '…');
                    kind = TokenKind.Terminal;
                    break;
                case '—' or '–' or '―' or '‒':
                    length = 1;
                    kind = TokenKind.Dash;
                    break;
                case '-':
                    length = RunLength(text, i, static ch => ch == '-');
                    kind = TokenKind.Dash;
                    break;
                case '\'' or '’' when i + 2 < n && IsDigit(text[i + 1]) && IsDigit(text[i + 2]):
                    // '90s, ’08: a clipped year is a number, not a quotation mark.
                    i = ScanWord(text, i + 1, offset, tokens, wordStart: i);
                    continue;
                case '`':
                    length = RunLength(text, i, static ch => ch == '`') >= 2 ? 2 : 1;
                    kind = TokenKind.Quote;
                    break;
                case '\'' when i + 1 < n && text[i + 1] == '\'':
                    length = 2;
                    kind = TokenKind.Quote;
                    break;
                case '"' or '“' or '”' or '„' or '‟' or '‘' or '’' or '‚' or '‛' or '«' or '»' or '‹' or '›' or '\'':
                    length = 1;
                    kind = TokenKind.Quote;
                    break;
                default:
                    length = char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    // Unicode files % # @ & * under punctuation; for news they are symbols, like $ and €.
                    kind = char.IsPunctuation(c) && c is not ('%' or '‰' or '#' or '@' or '&' or '*' or '§')
                        ? TokenKind.Punctuation
                        : TokenKind.Symbol;
                    break;
            }

            tokens.Add(new Token(new TextSpan(offset + i, offset + i + length), kind));
            i += length;
        }
    }

    /// <summary>Scans a word or number starting at <paramref name="i"/>, adds it (and any clitic), returns the index after it.</summary>
    private int ScanWord(ReadOnlySpan<char> text, int i, int offset, List<Token> tokens, int wordStart = -1)
    {
        var n = text.Length;
        var start = wordStart >= 0 ? wordStart : i;
        var isNumber = IsDigit(text[i]);
        var j = i;
        var segmentStart = i;     // start of the current run of word characters
        var hasInnerPeriod = false;
        while (true)
        {
            while (j < n && IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= n)
            {
                break;
            }

            var d = text[j];
            var e = text[j + 1];
            if (d is '-' or '\u2010' or '\u2011' && IsWordChar(e))
            {
                // Hyphenated compound: Yong-hyun, Asia-Pacific, 11,000-strong, test-fired.
                j += 2;
                segmentStart = j - 1;
                continue;
            }

            if (IsDigit(e) && IsDigit(text[j - 1]))
            {
                // Inside a number: 8,000 (a comma only before exactly three digits), 1.5, 10:30, 24/7.
                if (d == ',' && !IsThousandsGroup(text, j + 1) && !IsLakhGroup(text, j + 1))
                {
                    break;
                }

                if (d is ',' or '.' or ':' or '/')
                {
                    j += 2;
                    continue;
                }

                break;
            }

            if (d == '.' && IsLetter(e) && j - segmentStart == 1 && IsLetter(text[j - 1]))
            {
                // Acronym with periods: U.S, U.N, p.m (the final period is decided below).
                hasInnerPeriod = true;
                j++;
                segmentStart = j;
                continue;
            }

            if (IsApostrophe(d) && IsLetter(e))
            {
                if (CliticLength(text, j) > 0)
                {
                    break;
                }

                if (e is 't' or 'T' && j - 1 > start && text[j - 1] is 'n' or 'N' && (j + 2 >= n || !IsWordChar(text[j + 2])))
                {
                    // don't → do + n't
                    tokens.Add(new Token(new TextSpan(offset + start, offset + j - 1), TokenKind.Word));
                    tokens.Add(new Token(new TextSpan(offset + j - 1, offset + j + 2), TokenKind.Clitic));
                    return j + 2;
                }

                // O'Neill, d'Ivoire: the apostrophe is part of the name.
                j += 2;
                segmentStart = j - 1;
                continue;
            }

            break;
        }

        if (j < n && text[j] == '.' && !isNumber && TakesPeriod(text[start..j], hasInnerPeriod, j - segmentStart))
        {
            j++;
        }

        tokens.Add(new Token(new TextSpan(offset + start, offset + j), isNumber ? TokenKind.Number : TokenKind.Word));

        if (j < n && IsApostrophe(text[j]) && CliticLength(text, j) is var clitic and > 0)
        {
            tokens.Add(new Token(new TextSpan(offset + j, offset + j + clitic), TokenKind.Clitic));
            j += clitic;
        }

        return j;
    }

    /// <summary>Whether the period after <paramref name="word"/> belongs to it.</summary>
    private bool TakesPeriod(ReadOnlySpan<char> word, bool hasInnerPeriod, int lastSegmentLength)
    {
        if (hasInnerPeriod)
        {
            return lastSegmentLength == 1;                          // U.S. p.m. D.C.
        }

        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);                           // an initial: John F. Kennedy
        }

        if (word.Length > 8)
        {
            return false;
        }

        Span<char> withPeriod = stackalloc char[word.Length + 1];
        word.CopyTo(withPeriod);
        withPeriod[^1] = '.';
        return _abbreviations.Lookup(withPeriod) != AbbreviationKind.None;
    }

    /// <summary>Length of a clitic ('s ’s 're 've 'll 'd 'm) starting at the apostrophe at <paramref name="j"/>, or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> text, int j)
    {
        var rest = text[(j + 1)..];
        int length;
        if (IsPair(rest, 'r', 'e') || IsPair(rest, 'v', 'e') || IsPair(rest, 'l', 'l'))
        {
            length = 2;
        }
        else if (rest.Length >= 1 && (rest[0] | 0x20) is 's' or 'd' or 'm')
        {
            length = 1;
        }
        else
        {
            return 0;
        }

        return rest.Length == length || !IsWordChar(rest[length]) ? length + 1 : 0;

        static bool IsPair(ReadOnlySpan<char> s, char a, char b) => s.Length >= 2 && (s[0] | 0x20) == a && (s[1] | 0x20) == b;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int k)
        => k + 2 < text.Length && IsDigit(text[k]) && IsDigit(text[k + 1]) && IsDigit(text[k + 2])
            && (k + 3 >= text.Length || !IsDigit(text[k + 3]));

    /// <summary>
    /// Indian digit grouping (`2,16,400` = 216,400; `1,20,00,000` = 12 million): two digits, a comma, and then more
    /// two-digit groups ending in a thousands group.
    /// </summary>
    private static bool IsLakhGroup(ReadOnlySpan<char> text, int k)
    {
        // At most five two-digit groups (1,00,00,00,00,000 is a hundred billion): hostile digit chains cost no more.
        for (var groups = 0; groups < 5; groups++, k += 3)
        {
            if (k + 3 >= text.Length || !IsDigit(text[k]) || !IsDigit(text[k + 1]) || text[k + 2] != ',')
            {
                return false;
            }

            if (IsThousandsGroup(text, k + 3))
            {
                return true;
            }
        }

        return false;
    }

    private static int UrlLength(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not ('"' or '“' or '”' or '<' or '>'))
        {
            end++;
        }

        // A URL at the end of a sentence or in parentheses does not own the closing punctuation.
        while (end > 0 && rest[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’')
        {
            end--;
        }

        return end;
    }

    private static int RunLength(ReadOnlySpan<char> text, int i, Func<char, bool> member)
    {
        var j = i + 1;
        while (j < text.Length && member(text[j]))
        {
            j++;
        }

        return j - i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return IsAsciiLetter(c) || IsDigit(c);
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsLetter(char c) => c < 128 ? IsAsciiLetter(c) : char.IsLetter(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
