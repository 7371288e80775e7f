using System.Text.Json;
using System.Text.Json.Serialization;
using Claimline.Claims;
using Claimline.Entities;
using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Model;
using Claimline.Quantities;
using Claimline.Quotes;
using Claimline.Structure;
using Claimline.Syntax;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Serialization;

/// <summary>
/// How documents are read back (<see cref="DocumentJson.Deserialize"/>): source-generated metadata for the meta and
/// every layer's items, no reflection at run time. Spans are read as <c>[start, end]</c>, enums from their camelCase
/// names or <c>JsonStringEnumMemberName</c>. Writing does not come here (<see cref="DocumentJsonWriter"/>).
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [
        typeof(TextSpanJsonConverter),
        typeof(CamelCaseEnumConverter<TokenKind>),
        typeof(CamelCaseEnumConverter<SectionKind>),
        typeof(CamelCaseEnumConverter<EntityType>),
        typeof(CamelCaseEnumConverter<EntitySource>),
        typeof(CamelCaseEnumConverter<ReferentKind>),
        typeof(CamelCaseEnumConverter<RoleSource>),
        typeof(CamelCaseEnumConverter<AnaphorKind>),
        typeof(CamelCaseEnumConverter<QuoteKind>),
        typeof(CamelCaseEnumConverter<SpeakerKind>),
        typeof(CamelCaseEnumConverter<QuantityKind>),
        typeof(CamelCaseEnumConverter<Qualifier>),
        typeof(CamelCaseEnumConverter<ChangeKind>),
        typeof(CamelCaseEnumConverter<ChangeBasis>),
        typeof(CamelCaseEnumConverter<Modality>),
        typeof(CamelCaseEnumConverter<HolderKind>)])]
[JsonSerializable(typeof(DocumentMeta))]
[JsonSerializable(typeof(Token[]))]
[JsonSerializable(typeof(Paragraph[]))]
[JsonSerializable(typeof(Section[]))]
[JsonSerializable(typeof(Dateline[]))]
[JsonSerializable(typeof(Sentence[]))]
[JsonSerializable(typeof(TaggedSentence[]))]
[JsonSerializable(typeof(DependencyTree[]))]
[JsonSerializable(typeof(EntityMention[]))]
[JsonSerializable(typeof(Referent[]))]
[JsonSerializable(typeof(Anaphor[]))]
[JsonSerializable(typeof(TimeExpression[]))]
[JsonSerializable(typeof(SentenceTime[]))]
[JsonSerializable(typeof(Quote[]))]
[JsonSerializable(typeof(Quantity[]))]
[JsonSerializable(typeof(Claim[]))]
[JsonSerializable(typeof(Event[]))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;

/// <summary>The string enum converter with the camelCase policy, generic so that it needs no reflection.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
