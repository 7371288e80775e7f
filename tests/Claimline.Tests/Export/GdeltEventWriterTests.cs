using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Export;
using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Tests.Export;

/// <summary>
/// GDELT 2.0 Events rows of an invented wire story whose events are set by hand (the writer is tested, not the
/// coder): 61 fields in GDELT's column order, dates, actor codes split into country, known group and types, geography
/// with FIPS codes, one root event per sentence, negated events left out.
/// </summary>
public class GdeltEventWriterTests
{
    private const string Story = "SEOUL (AP) — North Korea fired a missile on Monday. The United Nations condemned the launch and rebels\tattacked a convoy. Russia denied attacking Kyiv.";

    private static readonly DateTime s_added = new(2025, 6, 3, 14, 5, 9, DateTimeKind.Utc);

    private static readonly Lazy<(Document Document, List<string[]> Rows)> s_rows = new(() =>
    {
        var meta = new DocumentMeta("seoul-1", Published: new DateOnly(2025, 6, 3), Url: "https://news.example/seoul-1");
        var document = StandardPipeline.CreateUntil("claims").Run(new Document(Story, meta));
        var kp = new GeoPoint(40, 127);
        document.Set(Layers.Events, [
            Event("fired", "195", Actor("North Korea", "PRKMIL", "country:KP", "KP"), Actor("a missile", "---", null, null), "2025-06-02",
                new EventPlace(null, "North Korea", "country:KP", "KP", kp)),
            Event("condemned", "122", Actor("The United Nations", "IGOUNO", "org:united-nations", null), Actor("the launch", "---", null, null), "2025-06"),
            Event("attacked", "190", Actor("rebels", "---REB", null, null), Actor("a convoy", "---", null, null), null),
            Event("attacking", "190", Actor("Russia", "RUS", "country:RU", "RU"), Actor("Kyiv", "UKR", null, "UA"), "2025-06-01", negated: true),
        ]);
        var rows = GdeltEventWriter.Rows(document, i => 1000 + i, s_added).Select(r => r.Split('\t')).ToList();
        return (document, rows);
    });

    private static List<string[]> Rows => s_rows.Value.Rows;

    [Fact]
    public void The_columns_are_GDELTs_61_in_order_and_every_row_has_61_fields()
    {
        Assert.Equal(61, GdeltEventWriter.Columns.Count);
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"], GdeltEventWriter.Columns.Take(5));
        Assert.Equal("IsRootEvent", GdeltEventWriter.Columns[25]);
        Assert.Equal("ActionGeo_Type", GdeltEventWriter.Columns[51]);
        Assert.Equal(["DATEADDED", "SOURCEURL"], GdeltEventWriter.Columns.Skip(59));
        Assert.Equal(3, Rows.Count);
        Assert.All(Rows, r => Assert.Equal(61, r.Length));
    }

    [Fact]
    public void Negated_events_are_not_written_and_ids_come_from_the_layer_index()
    {
        Assert.DoesNotContain(Rows, r => Field(r, "Actor1Code") == "RUS");
        var layer = s_rows.Value.Document.Get(Layers.Events).ToList();
        Assert.Equal((1000 + layer.FindIndex(e => e.Code == "195")).ToString(System.Globalization.CultureInfo.InvariantCulture), Field(Row("195"), "GLOBALEVENTID"));
    }

    [Fact]
    public void Dates_come_from_the_event_and_from_the_article_when_the_event_names_no_day()
    {
        var fired = Row("195");
        Assert.Equal(("20250602", "202506", "2025", "2025.4192"), (Field(fired, "SQLDATE"), Field(fired, "MonthYear"), Field(fired, "Year"), Field(fired, "FractionDate")));
        Assert.Equal("20250603", Field(Row("122"), "SQLDATE"));
        Assert.Equal("20250603", Field(Row("190"), "SQLDATE"));
        Assert.All(Rows, r => Assert.Equal("20250603140509", Field(r, "DATEADDED")));
        Assert.All(Rows, r => Assert.Equal("https://news.example/seoul-1", Field(r, "SOURCEURL")));
    }

    [Fact]
    public void Actor_codes_split_into_country_known_group_and_types()
    {
        var fired = Row("195");
        Assert.Equal(("PRKMIL", "NORTH KOREA", "PRK", "", "MIL"), (Field(fired, "Actor1Code"), Field(fired, "Actor1Name"), Field(fired, "Actor1CountryCode"), Field(fired, "Actor1KnownGroupCode"), Field(fired, "Actor1Type1Code")));
        var un = Row("122");
        Assert.Equal(("IGOUNO", "", "UNO", "IGO"), (Field(un, "Actor1Code"), Field(un, "Actor1CountryCode"), Field(un, "Actor1KnownGroupCode"), Field(un, "Actor1Type1Code")));
        // No country told: the role alone, as GDELT writes it; an actor with no code at all is blank.
        var rebels = Row("190");
        Assert.Equal(("REB", "", "REB"), (Field(rebels, "Actor1Code"), Field(rebels, "Actor1CountryCode"), Field(rebels, "Actor1Type1Code")));
        Assert.Equal("", Field(rebels, "Actor2Code"));
    }

    [Fact]
    public void Codes_quad_class_goldstein_and_counts()
    {
        var fired = Row("195");
        Assert.Equal(("195", "195", "19", "4", "-10.0"), (Field(fired, "EventCode"), Field(fired, "EventBaseCode"), Field(fired, "EventRootCode"), Field(fired, "QuadClass"), Field(fired, "GoldsteinScale")));
        Assert.Equal(("1", "1", "1", ""), (Field(fired, "NumMentions"), Field(fired, "NumSources"), Field(fired, "NumArticles"), Field(fired, "AvgTone")));
    }

    [Fact]
    public void The_first_event_of_each_sentence_is_the_root_event()
    {
        Assert.Equal("1", Field(Row("195"), "IsRootEvent"));
        Assert.Equal("1", Field(Row("122"), "IsRootEvent"));
        Assert.Equal("0", Field(Row("190"), "IsRootEvent"));
    }

    [Fact]
    public void Action_and_actor_geography_use_FIPS_codes_and_coordinates()
    {
        var fired = Row("195");
        Assert.Equal(("1", "North Korea", "KN", "", "40", "127", "KN"),
            (Field(fired, "ActionGeo_Type"), Field(fired, "ActionGeo_FullName"), Field(fired, "ActionGeo_CountryCode"), Field(fired, "ActionGeo_ADM1Code"),
             Field(fired, "ActionGeo_Lat"), Field(fired, "ActionGeo_Long"), Field(fired, "ActionGeo_FeatureID")));
        Assert.Equal(("1", "KN"), (Field(fired, "Actor1Geo_Type"), Field(fired, "Actor1Geo_CountryCode")));
        // No place: type 0 and nothing else, as GDELT writes it.
        Assert.Equal(("0", ""), (Field(Row("190"), "ActionGeo_Type"), Field(Row("190"), "ActionGeo_FullName")));
    }

    [Fact]
    public void Tabs_and_line_ends_in_names_never_break_a_row()
    {
        var meta = new DocumentMeta("hostile", Published: new DateOnly(2025, 1, 1));
        var text = "Rebels\tattacked\nthe town.";
        var document = new Document(text, meta);
        document.Set(Layers.Events, [new Event(new TextSpan(0, text.Length), new TextSpan(7, 15), "190",
            new EventActor(new TextSpan(0, 6), "---REB", "Rebels\tand\nmore", null, null), new EventActor(new TextSpan(16, 24), "---", "the\ttown", null, null),
            false, false, null, null, null, "test")]);
        var row = Assert.Single(GdeltEventWriter.Rows(document, i => i, null));
        Assert.Equal(61, row.Split('\t').Length);
        Assert.DoesNotContain('\n', row);
    }

    private static string[] Row(string code) => Rows.Single(r => Field(r, "EventCode") == code);

    private static string Field(string[] row, string column)
    {
        var index = GdeltEventWriter.Columns.ToList().IndexOf(column);
        Assert.True(index >= 0, column);
        return row[index];
    }

    private static EventActor Actor(string phrase, string code, string? key, string? country)
        => new(Find(phrase), code, phrase, key, country);

    private static Event Event(string trigger, string code, EventActor source, EventActor target, string? date, EventPlace? place = null, bool negated = false)
    {
        var span = Find(trigger);
        return new Event(new TextSpan(Math.Min(source.Span.Start, span.Start), Math.Max(target.Span.End, span.End)), span, code, source, target,
            negated, Hypothetical: false, ReportedBy: null, date, place, "test");
    }

    private static TextSpan Find(string phrase)
    {
        var start = Story.IndexOf(phrase, StringComparison.Ordinal);
        return new TextSpan(start, start + phrase.Length);
    }
}
