namespace Claimline.Quotes.Finders;

/// <summary>Text in quotation marks: one piece per paragraph it runs over, each an inclusive token range with its marks.</summary>
internal sealed class DirectQuote
{
    public List<(int First, int Last)> Pieces { get; } = [];

    /// <summary>Words and numbers inside the marks: a quote of one to three words is a scare or partial quote.</summary>
    public int WordCount { get; set; }

    /// <summary>Set once a finder has attributed it or taken it into reported speech.</summary>
    public bool Taken { get; set; }

    public int First => Pieces[0].First;

    public int Last => Pieces[^1].Last;
}
