using Claimline.Quotes.Attribution;

namespace Claimline.Quotes;

/// <summary>A quote being built: token ranges, before it is resolved and turned into a <see cref="Quote"/>.</summary>
internal sealed class Draft
{
    /// <summary>Content pieces as inclusive token ranges.</summary>
    public List<(int First, int Last)> Content { get; } = [];

    public (int First, int Last)? Cue { get; set; }

    public string? CueLemma { get; set; }

    public SpeakerPhrase? Speaker { get; set; }

    public double Confidence { get; set; }

    public string Sieve { get; set; } = "";

    public int FirstToken => Content[0].First;

    public int LastToken => Content[^1].Last;
}
