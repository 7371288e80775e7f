using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Claimline.Claims;
using Claimline.Entities;
using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quantities;
using Claimline.Quotes;
using Claimline.Reading;
using Claimline.Serialization;
using Claimline.Structure;
using Claimline.Syntax;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Tests.Serialization;

/// <summary>
/// The document JSON byte for byte against System.Text.Json's reflection serializer with the schema's options
/// (camelCase, nulls left out, spans as <c>[start, end]</c>, camelCase enum strings, relaxed escaping): what
/// <see cref="DocumentJson"/> wrote up to session 10, and the reference for any faster writer of it.
/// </summary>
public class DocumentJsonReferenceTests
{
    private static readonly JsonSerializerOptions s_compact = ReferenceOptions(indented: false);
    private static readonly JsonSerializerOptions s_indented = ReferenceOptions(indented: true);

    public static TheoryData<bool, bool> Shapes => new() { { true, true }, { false, true }, { false, false } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Analyzed_examples_are_written_as_the_reflection_serializer_writes_them(bool indented, bool includeText)
    {
        var pipeline = StandardPipeline.Create();
        var files = Directory.GetFiles(RepositoryPaths.Examples, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var document = pipeline.Run(DocumentReader.FromText(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
            Assert.Equal(Reference(document, indented, includeText), DocumentJson.Serialize(document, indented, includeText));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_field_set_and_every_optional_field_null_are_written_as_the_reflection_serializer_writes_them(bool indented, bool includeText)
    {
        foreach (var document in new[] { Full(), Sparse() })
        {
            Assert.Equal(Reference(document, indented, includeText), DocumentJson.Serialize(document, indented, includeText));
        }
    }

    [Fact]
    public void The_synthetic_documents_carry_every_layer()
    {
        Assert.Equal(Layers.All, Full().LayerKeys);
        Assert.Equal(Layers.All, Sparse().LayerKeys);
    }

    [Fact]
    public void Annotations_without_text_are_the_reflection_serializers()
    {
        var document = Full();
        var expected = Reference(document, indented: false, includeText: false);
        var node = JsonNode.Parse(expected)!.AsObject();
        node.Remove("text");
        Assert.Equal(node.ToJsonString(s_compact), DocumentJson.SerializeAnnotations(document));
    }

    [Fact]
    public void Every_value_of_every_enum_in_the_document_is_named_as_the_string_enum_converter_names_it()
    {
        var enums = new HashSet<Type>();
        var seen = new HashSet<Type>();
        CollectEnums(typeof(DocumentMeta), enums, seen);
        foreach (var key in Layers.All)
        {
            CollectEnums(key.ItemType, enums, seen);
        }

        Assert.Contains(typeof(TokenKind), enums);
        Assert.Contains(typeof(HolderKind), enums);
        Assert.DoesNotContain(typeof(Upos), enums);
        foreach (var type in enums)
        {
            var write = typeof(JsonEnumNames).GetMethod(nameof(JsonEnumNames.Write), [typeof(Utf8JsonWriter), typeof(JsonEncodedText), type]);
            Assert.True(write is not null, $"{nameof(JsonEnumNames)} has no name for {type}");
            var values = Enum.GetValues(type).Cast<object>().Append(Enum.ToObject(type, 99));
            foreach (var value in values)
            {
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    writer.WriteStartObject();
                    write.Invoke(null, [writer, JsonEncodedText.Encode("v"), value]);
                    writer.WriteEndObject();
                }

                var expected = "{\"v\":" + JsonSerializer.Serialize(value, type, s_compact) + "}";
                Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
        }
    }

    /// <summary>The enum types of the properties of <paramref name="type"/> and of the objects and lists it holds (not of arrays of enums, which have their own converters).</summary>
    private static void CollectEnums(Type type, HashSet<Type> enums, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties())
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsEnum)
            {
                enums.Add(propertyType);
                continue;
            }

            var element = propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? propertyType.GetGenericArguments()[0] : propertyType;
            if (element.Namespace?.StartsWith("Claimline", StringComparison.Ordinal) == true && !element.IsEnum)
            {
                CollectEnums(element, enums, seen);
            }
        }
    }

    /// <summary>The document as the reflection serializer writes it, with each item's text added after its fields.</summary>
    internal static string Reference(Document document, bool indented, bool includeText)
    {
        var options = indented ? s_indented : s_compact;
        var layers = new JsonObject();
        foreach (var key in Layers.All)
        {
            if (!document.Has(key))
            {
                continue;
            }

            var items = new JsonArray();
            foreach (var item in ((System.Collections.IEnumerable)document.GetLayerObject(key)).Cast<IAnnotation>())
            {
                var node = JsonSerializer.SerializeToNode(item, key.ItemType, options)!.AsObject();
                if (includeText && key != Layers.Tokens)
                {
                    node["text"] = item.Span.Of(document.Text);
                }

                items.Add(node);
            }

            layers[key.Name] = items;
        }

        var root = new JsonObject
        {
            ["schema"] = DocumentJson.SchemaId,
            ["meta"] = JsonSerializer.SerializeToNode(document.Meta, options),
            ["text"] = document.Text,
            ["layers"] = layers,
        };
        return root.ToJsonString(options);
    }

    private static JsonSerializerOptions ReferenceOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new TextSpanJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    private const string Text = "WASHINGTON (AP) — “Prices rose 3.5% to $1.2 billion,” said Ann Lee, the “minister”. \u00e9t\u00e9 🌍 <b>&</b>\n\nMore text here.";

    private static TextSpan S(int start, int end) => new(start, end);

    /// <summary>Every layer, every optional field set, unusual characters and numbers.</summary>
    internal static Document Full()
    {
        var meta = new DocumentMeta("full/1", "AP", "https://example.org/a?b=1&c=2", "A “title” <here>", new DateOnly(2025, 4, 22), "en", "file.txt:3", S(0, 10), "By Ann Lee");
        var document = new Document(Text, meta);
        document.Set(Layers.Tokens, Layer<Token>.From([new(S(0, 10), TokenKind.Word), new(S(11, 12), TokenKind.Punctuation), new(S(13, 15), TokenKind.Dash), new(S(16, 17), TokenKind.Quote), new(S(20, 25), TokenKind.Url)]));
        document.Set(Layers.Paragraphs, Layer<Paragraph>.From([new(S(0, 80)), new(S(82, 97))]));
        document.Set(Layers.Sections, Layer<Section>.From([new(S(0, 97), SectionKind.Story, 0), new(S(0, 10), SectionKind.PhotoCredit, 1)]));
        document.Set(Layers.Datelines, Layer<Dateline>.From([new Dateline(S(0, 15), "WASHINGTON", S(0, 10), "D.C.", "AP", S(12, 14), 0)]));
        document.Set(Layers.Sentences, Layer<Sentence>.From([new(S(0, 80), 0, 5)]));
        document.Set(Layers.Entities, Layer<EntityMention>.From([new EntityMention(S(0, 10), EntityType.Loc, 0.87654321f, EntitySource.Gazetteer), new EntityMention(S(58, 65), EntityType.Person, 1f / 3, EntitySource.Model)]));
        document.Set(Layers.Pos, Layer<TaggedSentence>.From([new TaggedSentence(S(0, 80), 0, [Upos.PROPN, Upos.PUNCT, Upos.None], ["washington", "(", "é"])]));
        document.Set(Layers.Syntax, Layer<DependencyTree>.From([new DependencyTree(S(0, 80), 0, [-1, 0, 0], ["root", "punct", "acl:relcl"])]));
        document.Set(Layers.Referents, Layer<Referent>.From([new Referent(
            S(58, 65), EntityType.Person, ReferentKind.Person, "Ann Lee", "person:ann lee", "USA",
            [S(58, 65), S(70, 78)],
            [new Role(S(70, 78), "minister", "USA", "Treasury", "senior", RoleSource.Explicit)],
            ["named", "role \"minister\""],
            new GeoPoint(38.9072, -77.0369))]));
        document.Set(Layers.Anaphora, Layer<Anaphor>.From([new Anaphor(S(82, 86), AnaphorKind.Role, 0, "person:ann lee", "Ann Lee", S(58, 65), 0.1 + 0.2, "role")]));
        document.Set(Layers.Times, Layer<TimeExpression>.From([new TimeExpression(S(82, 86), "DATE", "2025-04-22", "APPROX", "today", "DCT")]));
        document.Set(Layers.SentenceTimes, Layer<SentenceTime>.From([new SentenceTime(S(0, 80), "2025-04-22", "dct", 0)]));
        document.Set(Layers.Quotes, Layer<Quote>.From([new Quote(
            S(16, 80), QuoteKind.Mixed, [S(17, 52), S(53, 55)], S(54, 58), "say", S(58, 65), "Ann Lee", SpeakerKind.Named,
            S(58, 65), "Ann Lee", 0.95, "direct-cue", "2025-04-22", "person:ann lee", "Ann Lee")]));
        document.Set(Layers.Quantities, Layer<Quantity>.From([new Quantity(
            S(30, 34), 1.2e9, 1.1e9, 1.3e9, QuantityKind.Money, "USD", Qualifier.AtLeast, ChangeKind.SetTo, ChangeBasis.To,
            new CountedPhrase(S(35, 40), "dollars", "dollars", "dollar"), ["person:ann lee"],
            new QuantityLocation(S(0, 10), "WASHINGTON", "place:washington", "Washington"), Anaphoric: true, Antecedent: 3, Negated: true, "money")]));
        document.Set(Layers.Claims, Layer<Claim>.From([new Claim(
            S(16, 80), 0, new ClaimHolder("person:ann lee", "Ann Lee", HolderKind.Speaker), "AP", "2025-04",
            Modality.Estimates, QuantityConcept.Create("price", "USA", "FRA", ["holder's country", "place"]), 0.5, "said")]));
        document.Set(Layers.Events, Layer<Event>.From([new Event(
            S(0, 80), S(54, 58), "0431",
            new EventActor(S(58, 65), "USAGOV", "Ann Lee", "person:ann lee", "USA"),
            new EventActor(S(0, 10), "USA", "Washington", "place:washington", "USA"),
            Negated: true, Hypothetical: true,
            new EventActor(S(12, 14), "MED", "AP", null, null),
            "2025-04-22",
            new EventPlace(S(0, 10), "Washington", "place:washington", "USA", new GeoPoint(38.9, -77.04)),
            "say")]));
        return document;
    }

    /// <summary>Every layer, every optional field null, empty lists.</summary>
    internal static Document Sparse()
    {
        var document = new Document("a b", new DocumentMeta("sparse"));
        document.Set(Layers.Tokens, Layer<Token>.Empty);
        document.Set(Layers.Paragraphs, Layer<Paragraph>.From([new(S(0, 3))]));
        document.Set(Layers.Sections, Layer<Section>.From([new Section(S(0, 3), SectionKind.Header, 0)]));
        document.Set(Layers.Datelines, Layer<Dateline>.From([new Dateline(S(0, 1), "A", S(0, 1), null, null, null, 0)]));
        document.Set(Layers.Sentences, Layer<Sentence>.Empty);
        document.Set(Layers.Entities, Layer<EntityMention>.From([new EntityMention(S(0, 1), EntityType.Misc, 0f, EntitySource.Rule)]));
        document.Set(Layers.Pos, Layer<TaggedSentence>.From([new TaggedSentence(S(0, 3), 0, [], [])]));
        document.Set(Layers.Syntax, Layer<DependencyTree>.From([new DependencyTree(S(0, 3), 0, [], [])]));
        document.Set(Layers.Referents, Layer<Referent>.From([new Referent(S(0, 1), EntityType.Norp, ReferentKind.Other, "A", "a", null, [], [new Role(S(0, 1), "x", null, null, null, RoleSource.None)], [])]));
        document.Set(Layers.Anaphora, Layer<Anaphor>.From([new Anaphor(S(2, 3), AnaphorKind.Pronoun, 0, "a", "A", S(0, 1), 0, "")]));
        document.Set(Layers.Times, Layer<TimeExpression>.From([new TimeExpression(S(2, 3), "SET", "P1D", null, "r")]));
        document.Set(Layers.SentenceTimes, Layer<SentenceTime>.From([new SentenceTime(S(0, 3), null, "none")]));
        document.Set(Layers.Quotes, Layer<Quote>.From([new Quote(S(0, 3), QuoteKind.Direct, [], null, null, null, null, null, null, null, 0, "s", null)]));
        document.Set(Layers.Quantities, Layer<Quantity>.From([new Quantity(S(0, 1), null, 0, -0.5, QuantityKind.Percent, null, Qualifier.Exact, ChangeKind.None, ChangeBasis.None, null, [], null, false, -1, false, "r")]));
        document.Set(Layers.Claims, Layer<Claim>.From([new Claim(S(0, 3), 0, new ClaimHolder(null, "x", HolderKind.Outlet), null, null, Modality.Denies, QuantityConcept.Create("percent", null, null, []), 1, "r")]));
        document.Set(Layers.Events, Layer<Event>.From([new Event(S(0, 3), S(0, 1), "0", new EventActor(S(0, 1), "", "", null, null), new EventActor(S(2, 3), "X", "b", null, null), false, false, null, null, new EventPlace(null, "p", null, null, null), "r")]));
        return document;
    }
}
