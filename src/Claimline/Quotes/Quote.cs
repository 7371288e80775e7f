using Claimline.Model;

namespace Claimline.Quotes;

/// <summary>
/// One attribution: what was said (the content), who said it (the speaker), the word that reports it (the cue) and when.
/// </summary>
/// <param name="Span">From the start of the first content piece to the end of the last.</param>
/// <param name="Kind">Direct (all inside quotation marks), indirect (none) or mixed (reported speech with quoted words).</param>
/// <param name="Content">The content, one span per piece: a split quote (<c>“…,” he said, “…”</c>) or one that runs
/// over several paragraphs has several. Direct pieces include their quotation marks.</param>
/// <param name="Cue">The cue as written (<c>said</c>, <c>has estimated</c>, <c>according to</c>); null when the speaker
/// carries over from an earlier quote with no cue of its own.</param>
/// <param name="CueLemma">The cue's lemma (<c>say</c>, <c>estimate</c>, <c>according to</c>).</param>
/// <param name="Speaker">The speaker mention as written next to the cue (<c>he</c>, <c>the Russian representative</c>).</param>
/// <param name="SpeakerText">The text of <paramref name="Speaker"/>.</param>
/// <param name="SpeakerKind">What kind of mention the speaker is.</param>
/// <param name="Resolved">For a pronoun, a surname or a role noun: the earlier mention it names (<c>Maria Delgado</c>).</param>
/// <param name="ResolvedText">The text of <paramref name="Resolved"/>, titles left out.</param>
/// <param name="Confidence">0–1: how sure the sieve that made it is (a quote with its cue beside it is surer than one
/// whose speaker carries over from the paragraph before).</param>
/// <param name="Sieve">The id of the finder or sieve that made it, so that errors can be traced to a rule.</param>
/// <param name="Date">TIMEX3 value of when the statement was made: the cue's sentence time (<c>Kovac said Wednesday</c>).</param>
/// <param name="SpeakerKey">The key of the referent the speaker names (<c>person:ana-kovac</c>), from the referents layer.</param>
/// <param name="SpeakerCanonical">That referent's canonical name (<c>Ana Kovac</c>).</param>
public sealed record Quote(
    TextSpan Span,
    QuoteKind Kind,
    IReadOnlyList<TextSpan> Content,
    TextSpan? Cue,
    string? CueLemma,
    TextSpan? Speaker,
    string? SpeakerText,
    SpeakerKind? SpeakerKind,
    TextSpan? Resolved,
    string? ResolvedText,
    double Confidence,
    string Sieve,
    string? Date,
    string? SpeakerKey = null,
    string? SpeakerCanonical = null) : IAnnotation;

/// <summary>How much of a quote's content is in quotation marks.</summary>
public enum QuoteKind
{
    Direct,
    Indirect,
    Mixed,
}

/// <summary>What kind of mention names the speaker; decides how it is resolved.</summary>
public enum SpeakerKind
{
    /// <summary>A name: <c>Thomas Reyes</c>, <c>Delgado</c>.</summary>
    Named,

    /// <summary><c>he</c>, <c>she</c>, <c>they</c>, <c>we</c>.</summary>
    Pronoun,

    /// <summary>A person named by office: <c>the Russian representative</c>.</summary>
    Role,

    /// <summary>An organization or government: <c>the Biden administration</c>, <c>the White House</c>.</summary>
    Organization,

    /// <summary>Anonymous or generic: <c>officials</c>, <c>some experts</c>, <c>a source</c>.</summary>
    Unnamed,

    /// <summary>Several speakers at once: <c>Seoul and its allies</c>.</summary>
    Multiple,
}
