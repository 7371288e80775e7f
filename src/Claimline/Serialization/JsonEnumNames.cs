using System.Text.Json;
using Claimline.Claims;
using Claimline.Entities;
using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Quantities;
using Claimline.Quotes;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Serialization;

/// <summary>
/// The document JSON's names of enum values, as <see cref="System.Text.Json.Serialization.JsonStringEnumConverter"/> with
/// the camelCase policy writes them (a <c>JsonStringEnumMemberName</c> where the value has one): a value the enum does
/// not define is written as its number, as the converter does. A test compares every value with the converter's.
/// </summary>
internal static class JsonEnumNames
{
    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, TokenKind value) => Write(writer, property, value switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Clitic => "clitic",
        TokenKind.Terminal => "terminal",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Quote => "quote",
        TokenKind.Dash => "dash",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, SectionKind value) => Write(writer, property, value switch
    {
        SectionKind.Header => "header",
        SectionKind.Title => "title",
        SectionKind.Caption => "caption",
        SectionKind.PhotoCredit => "photoCredit",
        SectionKind.Story => "story",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, EntityType value) => Write(writer, property, value switch
    {
        EntityType.Person => "person",
        EntityType.Org => "org",
        EntityType.Loc => "loc",
        EntityType.Norp => "norp",
        EntityType.Misc => "misc",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, EntitySource value) => Write(writer, property, value switch
    {
        EntitySource.Model => "model",
        EntitySource.Gazetteer => "gazetteer",
        EntitySource.Rule => "rule",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, ReferentKind value) => Write(writer, property, value switch
    {
        ReferentKind.Person => "person",
        ReferentKind.Country => "country",
        ReferentKind.Place => "place",
        ReferentKind.Organization => "organization",
        ReferentKind.Group => "group",
        ReferentKind.Other => "other",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, RoleSource value) => Write(writer, property, value switch
    {
        RoleSource.Explicit => "explicit",
        RoleSource.Coordinated => "coordinated",
        RoleSource.Dateline => "dateline",
        RoleSource.None => "none",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, AnaphorKind value) => Write(writer, property, value switch
    {
        AnaphorKind.Pronoun => "pronoun",
        AnaphorKind.Role => "role",
        AnaphorKind.Description => "description",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, QuoteKind value) => Write(writer, property, value switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Mixed => "mixed",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, SpeakerKind value) => Write(writer, property, value switch
    {
        SpeakerKind.Named => "named",
        SpeakerKind.Pronoun => "pronoun",
        SpeakerKind.Role => "role",
        SpeakerKind.Organization => "organization",
        SpeakerKind.Unnamed => "unnamed",
        SpeakerKind.Multiple => "multiple",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, QuantityKind value) => Write(writer, property, value switch
    {
        QuantityKind.Count => "count",
        QuantityKind.Percent => "percent",
        QuantityKind.Money => "money",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, Qualifier value) => Write(writer, property, value switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approx => "approx",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        Qualifier.Range => "range",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, ChangeKind value) => Write(writer, property, value switch
    {
        ChangeKind.None => "none",
        ChangeKind.Increase => "increase",
        ChangeKind.Decrease => "decrease",
        ChangeKind.SetTo => "set_to",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, ChangeBasis value) => Write(writer, property, value switch
    {
        ChangeBasis.None => "none",
        ChangeBasis.By => "by",
        ChangeBasis.To => "to",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, Modality value) => Write(writer, property, value switch
    {
        Modality.States => "states",
        Modality.Estimates => "estimates",
        Modality.Expects => "expects",
        Modality.Denies => "denies",
        _ => null,
    }, (int)value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, HolderKind value) => Write(writer, property, value switch
    {
        HolderKind.Speaker => "speaker",
        HolderKind.Subject => "subject",
        HolderKind.Outlet => "outlet",
        _ => null,
    }, (int)value);

    private static void Write(Utf8JsonWriter writer, JsonEncodedText property, string? name, int value)
    {
        if (name is null)
        {
            writer.WriteNumber(property, value);
        }
        else
        {
            writer.WriteString(property, name);
        }
    }
}
