using Claimline.Text;

namespace Claimline.Quantities;

/// <summary>The document's tokens with their text, read without allocating: the finders look at words as spans.</summary>
internal readonly ref struct TokenView(string text, ReadOnlySpan<Token> tokens)
{
    private readonly ReadOnlySpan<Token> _tokens = tokens;

    public string Text { get; } = text;

    public int Count => _tokens.Length;

    public Token this[int index] => _tokens[index];

    public ReadOnlySpan<char> Word(int index) => _tokens[index].Span.SliceOf(Text);

    public bool IsWord(int index) => index >= 0 && index < _tokens.Length && _tokens[index].Kind == TokenKind.Word;

    /// <summary>Whether the tokens from <paramref name="at"/> read <paramref name="words"/>, any case, all before <paramref name="end"/>.</summary>
    public bool Matches(int at, int end, string[] words)
    {
        if (at < 0 || at + words.Length > end)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!Word(at + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="index"/> exists and reads <paramref name="word"/>, any case.</summary>
    public bool Is(int index, string word)
        => index >= 0 && index < _tokens.Length && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);
}
