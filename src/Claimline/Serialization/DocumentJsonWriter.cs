using System.Globalization;
using System.Text.Json;
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
/// Writes a document's meta and every layer's items with <see cref="Utf8JsonWriter"/> directly, as
/// <see cref="System.Text.Json.JsonSerializer"/> would with the document options (camelCase names in declaration
/// order, nulls left out, spans as <c>[start, end]</c>, enums as camelCase strings or their
/// <c>JsonStringEnumMemberName</c>). The serializer builds its metadata per type and property on first use, generic
/// code over our value types that a ReadyToRun publish cannot precompile (about 1,000 methods compiled at start-up,
/// 0.35 s of a short article's 1 s; source-generated metadata compiles more, not fewer: issue #17, session 11): this
/// code is plain, precompiled, and compiles nothing. Tests hold it byte for byte to the serializer's output.
/// </summary>
internal static class DocumentJsonWriter
{
    /// <summary>Writes one layer item per call: item <c>index</c> of a layer, with a <c>text</c> field when <c>text</c> is given.</summary>
    internal delegate void ItemWriter(Utf8JsonWriter writer, int index, string? text);

    /// <summary>The number of items of a layer and the writer of each.</summary>
    internal static (int Count, ItemWriter Write) ItemsOf(object layer) => layer switch
    {
        Layer<Token> l => (l.Count, (w, i, _) => Write(w, l[i])),
        Layer<Paragraph> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Section> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Dateline> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Sentence> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<TaggedSentence> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<DependencyTree> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<EntityMention> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Referent> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Anaphor> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<TimeExpression> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<SentenceTime> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Quote> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Quantity> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Claim> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        Layer<Event> l => (l.Count, (w, i, t) => Write(w, l[i], t)),
        _ => throw new NotSupportedException($"no JSON writer for a layer of {layer.GetType()}: add one to {nameof(DocumentJsonWriter)}"),
    };

    public static void Write(Utf8JsonWriter writer, DocumentMeta meta)
    {
        writer.WriteStartObject();
        String(writer, Names.Id, meta.Id);
        String(writer, Names.Source, meta.Source);
        String(writer, Names.Url, meta.Url);
        String(writer, Names.Title, meta.Title);
        if (meta.Published is { } published)
        {
            Span<char> date = stackalloc char[16];
            published.TryFormat(date, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(Names.Published, date[..length]);
        }

        String(writer, Names.Language, meta.Language);
        String(writer, Names.Origin, meta.Origin);
        Span(writer, Names.Header, meta.Header);
        String(writer, Names.Byline, meta.Byline);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Token token)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, token.Span);
        JsonEnumNames.Write(writer, Names.Kind, token.Kind);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Paragraph paragraph, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, paragraph.Span);
        End(writer, paragraph.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Section section, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, section.Span);
        JsonEnumNames.Write(writer, Names.Kind, section.Kind);
        writer.WriteNumber(Names.Story, section.Story);
        End(writer, section.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Dateline dateline, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, dateline.Span);
        String(writer, Names.Place, dateline.Place);
        Span(writer, Names.PlaceSpan, dateline.PlaceSpan);
        String(writer, Names.Region, dateline.Region);
        String(writer, Names.Agency, dateline.Agency);
        Span(writer, Names.AgencySpan, dateline.AgencySpan);
        writer.WriteNumber(Names.Story, dateline.Story);
        End(writer, dateline.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Sentence sentence, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, sentence.Span);
        writer.WriteNumber(Names.FirstToken, sentence.FirstToken);
        writer.WriteNumber(Names.TokenCount, sentence.TokenCount);
        End(writer, sentence.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, TaggedSentence sentence, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, sentence.Span);
        writer.WriteNumber(Names.FirstToken, sentence.FirstToken);
        if (sentence.Tags is { } tags)
        {
            writer.WriteStartArray(Names.Tags);
            foreach (var tag in tags)
            {
                writer.WriteStringValue(tag.Name());
            }

            writer.WriteEndArray();
        }

        Strings(writer, Names.Lemmas, sentence.Lemmas);
        End(writer, sentence.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, DependencyTree tree, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, tree.Span);
        writer.WriteNumber(Names.FirstToken, tree.FirstToken);
        if (tree.Heads is { } heads)
        {
            writer.WriteStartArray(Names.Heads);
            foreach (var head in heads)
            {
                writer.WriteNumberValue(head);
            }

            writer.WriteEndArray();
        }

        Strings(writer, Names.Relations, tree.Relations);
        End(writer, tree.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, EntityMention mention, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, mention.Span);
        JsonEnumNames.Write(writer, Names.Type, mention.Type);
        writer.WriteNumber(Names.Confidence, mention.Confidence);
        JsonEnumNames.Write(writer, Names.Source, mention.Source);
        End(writer, mention.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Referent referent, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, referent.Span);
        JsonEnumNames.Write(writer, Names.Type, referent.Type);
        JsonEnumNames.Write(writer, Names.Kind, referent.Kind);
        String(writer, Names.Canonical, referent.Canonical);
        String(writer, Names.Key, referent.Key);
        String(writer, Names.Country, referent.Country);
        Spans(writer, Names.Mentions, referent.Mentions);
        if (referent.Roles is { } roles)
        {
            writer.WriteStartArray(Names.Roles);
            foreach (var role in roles)
            {
                Write(writer, role);
            }

            writer.WriteEndArray();
        }

        Strings(writer, Names.Evidence, referent.Evidence);
        Point(writer, Names.Location, referent.Location);
        End(writer, referent.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Role? role)
    {
        if (role is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        Span(writer, Names.Span, role.Span);
        String(writer, Names.Title, role.Title);
        String(writer, Names.Country, role.Country);
        String(writer, Names.Organization, role.Organization);
        String(writer, Names.Rank, role.Rank);
        JsonEnumNames.Write(writer, Names.Source, role.Source);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Anaphor anaphor, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, anaphor.Span);
        JsonEnumNames.Write(writer, Names.Kind, anaphor.Kind);
        writer.WriteNumber(Names.Referent, anaphor.Referent);
        String(writer, Names.Key, anaphor.Key);
        String(writer, Names.Canonical, anaphor.Canonical);
        Span(writer, Names.Antecedent, anaphor.Antecedent);
        writer.WriteNumber(Names.Confidence, anaphor.Confidence);
        String(writer, Names.Sieve, anaphor.Sieve);
        End(writer, anaphor.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, TimeExpression time, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, time.Span);
        String(writer, Names.Type, time.Type);
        String(writer, Names.Value, time.Value);
        String(writer, Names.Mod, time.Mod);
        String(writer, Names.Rule, time.Rule);
        String(writer, Names.Anchor, time.Anchor);
        End(writer, time.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, SentenceTime time, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, time.Span);
        String(writer, Names.Value, time.Value);
        String(writer, Names.Source, time.Source);
        if (time.Time is { } index)
        {
            writer.WriteNumber(Names.Time, index);
        }

        End(writer, time.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Quote quote, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, quote.Span);
        JsonEnumNames.Write(writer, Names.Kind, quote.Kind);
        Spans(writer, Names.Content, quote.Content);
        Span(writer, Names.Cue, quote.Cue);
        String(writer, Names.CueLemma, quote.CueLemma);
        Span(writer, Names.Speaker, quote.Speaker);
        String(writer, Names.SpeakerText, quote.SpeakerText);
        if (quote.SpeakerKind is { } speakerKind)
        {
            JsonEnumNames.Write(writer, Names.SpeakerKind, speakerKind);
        }

        Span(writer, Names.Resolved, quote.Resolved);
        String(writer, Names.ResolvedText, quote.ResolvedText);
        writer.WriteNumber(Names.Confidence, quote.Confidence);
        String(writer, Names.Sieve, quote.Sieve);
        String(writer, Names.Date, quote.Date);
        String(writer, Names.SpeakerKey, quote.SpeakerKey);
        String(writer, Names.SpeakerCanonical, quote.SpeakerCanonical);
        End(writer, quote.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Quantity quantity, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, quantity.Span);
        if (quantity.Value is { } value)
        {
            writer.WriteNumber(Names.Value, value);
        }

        writer.WriteNumber(Names.Low, quantity.Low);
        writer.WriteNumber(Names.High, quantity.High);
        JsonEnumNames.Write(writer, Names.Kind, quantity.Kind);
        String(writer, Names.Unit, quantity.Unit);
        JsonEnumNames.Write(writer, Names.Qualifier, quantity.Qualifier);
        JsonEnumNames.Write(writer, Names.Change, quantity.Change);
        JsonEnumNames.Write(writer, Names.ChangeBasis, quantity.ChangeBasis);
        if (quantity.Counted is { } counted)
        {
            writer.WriteStartObject(Names.Counted);
            Span(writer, Names.Span, counted.Span);
            String(writer, Names.Text, counted.Text);
            String(writer, Names.Head, counted.Head);
            String(writer, Names.Lemma, counted.Lemma);
            writer.WriteEndObject();
        }

        Strings(writer, Names.CountedEntities, quantity.CountedEntities);
        if (quantity.Location is { } location)
        {
            writer.WriteStartObject(Names.Location);
            Span(writer, Names.Span, location.Span);
            String(writer, Names.Text, location.Text);
            String(writer, Names.Key, location.Key);
            String(writer, Names.Name, location.Name);
            writer.WriteEndObject();
        }

        writer.WriteBoolean(Names.Anaphoric, quantity.Anaphoric);
        writer.WriteNumber(Names.Antecedent, quantity.Antecedent);
        writer.WriteBoolean(Names.Negated, quantity.Negated);
        String(writer, Names.Rule, quantity.Rule);
        End(writer, quantity.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Claim claim, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, claim.Span);
        writer.WriteNumber(Names.Quantity, claim.Quantity);
        if (claim.Holder is { } holder)
        {
            writer.WriteStartObject(Names.Holder);
            String(writer, Names.Key, holder.Key);
            String(writer, Names.Name, holder.Name);
            JsonEnumNames.Write(writer, Names.Kind, holder.Kind);
            writer.WriteEndObject();
        }

        String(writer, Names.Via, claim.Via);
        String(writer, Names.Date, claim.Date);
        JsonEnumNames.Write(writer, Names.Modality, claim.Modality);
        if (claim.Concept is { } concept)
        {
            writer.WriteStartObject(Names.Concept);
            String(writer, Names.Key, concept.Key);
            String(writer, Names.Label, concept.Label);
            String(writer, Names.Thing, concept.Thing);
            String(writer, Names.EntityCountry, concept.EntityCountry);
            String(writer, Names.PlaceCountry, concept.PlaceCountry);
            Strings(writer, Names.Evidence, concept.Evidence);
            writer.WriteBoolean(Names.IsKindOnly, concept.IsKindOnly);
            writer.WriteEndObject();
        }

        writer.WriteNumber(Names.Confidence, claim.Confidence);
        String(writer, Names.Rule, claim.Rule);
        End(writer, claim.Span, text);
    }

    private static void Write(Utf8JsonWriter writer, Event @event, string? text)
    {
        writer.WriteStartObject();
        Span(writer, Names.Span, @event.Span);
        Span(writer, Names.Trigger, @event.Trigger);
        String(writer, Names.Code, @event.Code);
        Actor(writer, Names.Source, @event.Source);
        Actor(writer, Names.Target, @event.Target);
        writer.WriteBoolean(Names.Negated, @event.Negated);
        writer.WriteBoolean(Names.Hypothetical, @event.Hypothetical);
        Actor(writer, Names.ReportedBy, @event.ReportedBy);
        String(writer, Names.Date, @event.Date);
        if (@event.Place is { } place)
        {
            writer.WriteStartObject(Names.Place);
            Span(writer, Names.Span, place.Span);
            String(writer, Names.Name, place.Name);
            String(writer, Names.Key, place.Key);
            String(writer, Names.Country, place.Country);
            Point(writer, Names.Location, place.Location);
            writer.WriteEndObject();
        }

        String(writer, Names.Rule, @event.Rule);
        String(writer, Names.RootCode, @event.RootCode);
        String(writer, Names.BaseCode, @event.BaseCode);

        End(writer, @event.Span, text);
    }

    private static void Actor(Utf8JsonWriter writer, JsonEncodedText name, EventActor? actor)
    {
        if (actor is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        Span(writer, Names.Span, actor.Span);
        String(writer, Names.Code, actor.Code);
        String(writer, Names.Name, actor.Name);
        String(writer, Names.Key, actor.Key);
        String(writer, Names.Country, actor.Country);
        writer.WriteEndObject();
    }

    /// <summary>Closes an item, with the text it covers first when <paramref name="text"/> (the document's) is given.</summary>
    private static void End(Utf8JsonWriter writer, TextSpan span, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(Names.Text, span.SliceOf(text));
        }

        writer.WriteEndObject();
    }

    /// <summary>A string property, left out when null (the serializer's <c>WhenWritingNull</c>).</summary>
    private static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>A span as <c>[start, end]</c> (<see cref="TextSpanJsonConverter"/>).</summary>
    private static void Span(Utf8JsonWriter writer, JsonEncodedText name, TextSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter writer, JsonEncodedText name, TextSpan? span)
    {
        if (span is { } value)
        {
            Span(writer, name, value);
        }
    }

    private static void Spans(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<TextSpan>? spans)
    {
        if (spans is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < spans.Count; i++)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(spans[i].Start);
            writer.WriteNumberValue(spans[i].End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void Point(Utf8JsonWriter writer, JsonEncodedText name, GeoPoint? point)
    {
        if (point is { } value)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber(Names.Latitude, value.Latitude);
            writer.WriteNumber(Names.Longitude, value.Longitude);
            writer.WriteEndObject();
        }
    }

    /// <summary>Property names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Agency = JsonEncodedText.Encode("agency");
        public static readonly JsonEncodedText AgencySpan = JsonEncodedText.Encode("agencySpan");
        public static readonly JsonEncodedText Anaphoric = JsonEncodedText.Encode("anaphoric");
        public static readonly JsonEncodedText Anchor = JsonEncodedText.Encode("anchor");
        public static readonly JsonEncodedText Antecedent = JsonEncodedText.Encode("antecedent");
        public static readonly JsonEncodedText BaseCode = JsonEncodedText.Encode("baseCode");
        public static readonly JsonEncodedText Byline = JsonEncodedText.Encode("byline");
        public static readonly JsonEncodedText Canonical = JsonEncodedText.Encode("canonical");
        public static readonly JsonEncodedText Change = JsonEncodedText.Encode("change");
        public static readonly JsonEncodedText ChangeBasis = JsonEncodedText.Encode("changeBasis");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Concept = JsonEncodedText.Encode("concept");
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
        public static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
        public static readonly JsonEncodedText Counted = JsonEncodedText.Encode("counted");
        public static readonly JsonEncodedText CountedEntities = JsonEncodedText.Encode("countedEntities");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText CueLemma = JsonEncodedText.Encode("cueLemma");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText EntityCountry = JsonEncodedText.Encode("entityCountry");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText FirstToken = JsonEncodedText.Encode("firstToken");
        public static readonly JsonEncodedText Head = JsonEncodedText.Encode("head");
        public static readonly JsonEncodedText Header = JsonEncodedText.Encode("header");
        public static readonly JsonEncodedText Heads = JsonEncodedText.Encode("heads");
        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
        public static readonly JsonEncodedText Holder = JsonEncodedText.Encode("holder");
        public static readonly JsonEncodedText Hypothetical = JsonEncodedText.Encode("hypothetical");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText IsKindOnly = JsonEncodedText.Encode("isKindOnly");
        public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText Latitude = JsonEncodedText.Encode("latitude");
        public static readonly JsonEncodedText Lemma = JsonEncodedText.Encode("lemma");
        public static readonly JsonEncodedText Lemmas = JsonEncodedText.Encode("lemmas");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText Longitude = JsonEncodedText.Encode("longitude");
        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Mod = JsonEncodedText.Encode("mod");
        public static readonly JsonEncodedText Modality = JsonEncodedText.Encode("modality");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Negated = JsonEncodedText.Encode("negated");
        public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");
        public static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");
        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
        public static readonly JsonEncodedText PlaceCountry = JsonEncodedText.Encode("placeCountry");
        public static readonly JsonEncodedText PlaceSpan = JsonEncodedText.Encode("placeSpan");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");
        public static readonly JsonEncodedText Rank = JsonEncodedText.Encode("rank");
        public static readonly JsonEncodedText Referent = JsonEncodedText.Encode("referent");
        public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
        public static readonly JsonEncodedText Relations = JsonEncodedText.Encode("relations");
        public static readonly JsonEncodedText ReportedBy = JsonEncodedText.Encode("reportedBy");
        public static readonly JsonEncodedText Resolved = JsonEncodedText.Encode("resolved");
        public static readonly JsonEncodedText ResolvedText = JsonEncodedText.Encode("resolvedText");
        public static readonly JsonEncodedText Roles = JsonEncodedText.Encode("roles");
        public static readonly JsonEncodedText RootCode = JsonEncodedText.Encode("rootCode");
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText Sieve = JsonEncodedText.Encode("sieve");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText SpeakerCanonical = JsonEncodedText.Encode("speakerCanonical");
        public static readonly JsonEncodedText SpeakerKey = JsonEncodedText.Encode("speakerKey");
        public static readonly JsonEncodedText SpeakerKind = JsonEncodedText.Encode("speakerKind");
        public static readonly JsonEncodedText SpeakerText = JsonEncodedText.Encode("speakerText");
        public static readonly JsonEncodedText Story = JsonEncodedText.Encode("story");
        public static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Thing = JsonEncodedText.Encode("thing");
        public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText TokenCount = JsonEncodedText.Encode("tokenCount");
        public static readonly JsonEncodedText Trigger = JsonEncodedText.Encode("trigger");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Via = JsonEncodedText.Encode("via");
    }
}
