using Claimline.Entities.Resolution;
using Claimline.Model;

namespace Claimline.Events;

/// <summary>
/// Who did what to whom, where and when, CAMEO-coded as GDELT and PETRARCH2 code it (the <c>events</c> layer, issue
/// #18). Example: <c>Russian troops shelled the port of Kherson on Tuesday</c> is source <c>RUSMIL</c>, code
/// <c>195</c> (employ aerial weapons → fight), target the port, place Kherson, date of that Tuesday.
/// </summary>
/// <param name="Span">From the first to the last of source, action and target as written.</param>
/// <param name="Trigger">The action: the verb, with its particle or the noun it governs when a pattern used them (<c>imposed sanctions</c>).</param>
/// <param name="Code">The CAMEO event code: 2 to 4 digits (<c>19</c> is never written: a root alone is <c>190</c>).</param>
/// <param name="Source">Who acts.</param>
/// <param name="Target">Who is acted on.</param>
/// <param name="Negated">The text says it did not or will not happen (<c>denied sending troops</c>, <c>did not meet</c>).</param>
/// <param name="Hypothetical">Threatened, planned, conditional or future: it has not happened (<c>threatened to strike</c>, <c>would impose</c>).</param>
/// <param name="ReportedBy">Who the text says reports it (<c>police said gunmen attacked a convoy</c>: the police); null when the article states it itself.</param>
/// <param name="Date">TIMEX3 value of when it happened: a time attached to the action, else the reference time of its sentence.</param>
/// <param name="Place">Where it happened, when the sentence or the dateline says.</param>
/// <param name="Rule">The dictionary pattern or rule that gave the code (<c>ATTACK: * (ON)</c>), for analysts checking a code.</param>
public sealed record Event(
    TextSpan Span,
    TextSpan Trigger,
    string Code,
    EventActor Source,
    EventActor Target,
    bool Negated,
    bool Hypothetical,
    EventActor? ReportedBy,
    string? Date,
    EventPlace? Place,
    string Rule) : IAnnotation
{
    /// <summary>The CAMEO root: the first two digits (<c>19</c> for <c>193</c>).</summary>
    public string RootCode => Code.Length >= 2 ? Code[..2] : Code;

    /// <summary>The CAMEO base code: the first three digits (<c>193</c> for <c>1931</c>).</summary>
    public string BaseCode => Code.Length >= 3 ? Code[..3] : Code;
}

/// <summary>
/// One side of an event: the phrase as written and the CAMEO actor code read from what it refers to.
/// </summary>
/// <param name="Span">The phrase that names the actor in the event's sentence (may be a pronoun or a role noun).</param>
/// <param name="Code">The CAMEO actor code: a country or international root and role codes (<c>RUSMIL</c>, <c>IGOUNO</c>, <c>USAGOV</c>); <c>---</c> plus a role where no country can be told (<c>---REB</c>).</param>
/// <param name="Name">The referent's canonical name, else the phrase.</param>
/// <param name="Key">The referent key (<c>country:RU</c>, <c>person:…</c>), null when the phrase resolved to none.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country of the actor, when known.</param>
public sealed record EventActor(TextSpan Span, string Code, string Name, string? Key, string? Country);

/// <summary>Where an event happened.</summary>
/// <param name="Span">The place as written; null when it came from the dateline.</param>
/// <param name="Name">The place's canonical name.</param>
/// <param name="Key">The place's referent key.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country of the place.</param>
/// <param name="Location">A point on the map, when the gazetteer knows one.</param>
public sealed record EventPlace(TextSpan? Span, string Name, string? Key, string? Country, GeoPoint? Location);
