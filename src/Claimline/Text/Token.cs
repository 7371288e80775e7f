using Claimline.Model;

namespace Claimline.Text;

/// <summary>A token: a word, number, punctuation mark or symbol, with its exact span.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind) : IAnnotation;

/// <summary>The coarse class of a token, decided by the tokenizer from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or periods (Yong-hyun, O'Neill, U.S.).</summary>
    Word,

    /// <summary>Starts with a digit: 8,000 · 1.5 · 11,000-strong · 1990s · 24th.</summary>
    Number,

    /// <summary>A clitic split off a word, Penn Treebank style: 's ’s n't ’ve 're 'll 'd 'm.</summary>
    Clitic,

    /// <summary>Sentence-ending punctuation: . ! ? … and runs of them.</summary>
    Terminal,

    /// <summary>Other punctuation: , ; : ( ) [ ] / and the like.</summary>
    Punctuation,

    /// <summary>A quotation mark, straight or curly, single or double, or a guillemet.</summary>
    Quote,

    /// <summary>An em or en dash, a spaced hyphen, or a run of hyphens.</summary>
    Dash,

    /// <summary>Currency and other symbols: $ € £ % &amp; # @ + = and so on.</summary>
    Symbol,

    /// <summary>A web address or e-mail address, kept whole.</summary>
    Url,
}
