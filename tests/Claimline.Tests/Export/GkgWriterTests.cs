using System.Globalization;
using Claimline.Export;
using Claimline.Pipeline;
using Claimline.Reading;
using CsCheck;

namespace Claimline.Tests.Export;

/// <summary>The GKG 2.1 row of an invented wire story: the layout, FIPS codes, offsets that point at the text.</summary>
public class GkgWriterTests
{
    private const string Story = """
        KYIV, Ukraine (AP) — Ukraine's foreign minister, Ana Kovac, said Tuesday that about 3,000 Belarusian troops were near the border with Poland.

        "We are watching every road," Kovac told reporters in Odesa. The United Nations said 12,000 people had left the Kherson region since March 2024.
        """;

    private static readonly Lazy<(Model.Document Document, string[] Fields)> s_row = new(() =>
    {
        var meta = new Model.DocumentMeta("kyiv-1", Published: new DateOnly(2025, 6, 3), Url: "https://www.example-news.org/world/kyiv-1?a=1#top", Title: "Troops near the border; a\tnew count");
        var document = StandardPipeline.Create().Run(new Model.Document(Story, meta));
        return (document, GkgWriter.Row(document, 42).Split('\t'));
    });

    private static string[] Fields => s_row.Value.Fields;

    private static string Text => s_row.Value.Document.Text;

    [Fact]
    public void A_row_has_the_27_columns_with_id_date_collection_source_and_url()
    {
        Assert.Equal(27, Fields.Length);
        Assert.Equal(27, GkgWriter.Columns.Count);
        Assert.Equal("20250603000000-42", Fields[0]);
        Assert.Equal("20250603000000", Fields[1]);
        Assert.Equal("1", Fields[2]);
        Assert.Equal("example-news.org", Fields[3]);
        Assert.Equal("https://www.example-news.org/world/kyiv-1?a=1#top", Fields[4]);
        Assert.StartsWith("wc:", Fields[17], StringComparison.Ordinal);
        Assert.Equal("<PAGE_TITLE>Troops near the border a new count</PAGE_TITLE>", Fields[26]);
    }

    [Fact]
    public void Locations_use_fips_country_codes_and_types()
    {
        var v1 = Fields[9].Split(';');
        Assert.Contains(v1, l => l.StartsWith("1#Ukraine#UP#UP#", StringComparison.Ordinal));
        Assert.Contains(v1, l => l.StartsWith("1#Poland#PL#PL#", StringComparison.Ordinal));
        Assert.Contains(v1, l => l.StartsWith("5#Kherson region#UP#UP#46.", StringComparison.Ordinal));
        Assert.Contains(v1, l => l.StartsWith("4#Odesa#UP#UP#", StringComparison.Ordinal));
    }

    [Fact]
    public void Enhanced_fields_carry_offsets_that_point_at_the_names()
    {
        foreach (var location in Fields[10].Split(';'))
        {
            var parts = location.Split('#');
            Assert.Equal(9, parts.Length);
            Assert.True(int.Parse(parts[8], CultureInfo.InvariantCulture) < Text.Length);
        }

        var persons = Fields[12].Split(';').Select(p => p.Split(',')).ToList();
        Assert.Contains(persons, p => p[0] == "Ana Kovac");
        Assert.All(persons.Where(p => p[0] == "Ana Kovac"), p => Assert.Contains(Text[int.Parse(p[1], CultureInfo.InvariantCulture)..].Split(' ')[0], "Ana Kovac", StringComparison.Ordinal));
        Assert.Contains("United Nations", Fields[13].Split(';'));
        foreach (var name in Fields[23].Split(';'))
        {
            var comma = name.LastIndexOf(',');
            var offset = int.Parse(name[(comma + 1)..], CultureInfo.InvariantCulture);
            Assert.StartsWith(name[..comma], Text[offset..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Quotations_amounts_and_dates_are_written_in_gdelt_form()
    {
        var quote = Assert.Single(Fields[22].Split('#'));
        var parts = quote.Split('|');
        Assert.Equal("told", parts[2]);
        Assert.Equal("We are watching every road", parts[3]);
        Assert.Equal(int.Parse(parts[0], CultureInfo.InvariantCulture), Text.IndexOf("\"We are", StringComparison.Ordinal));

        var amounts = Fields[24].Split(';');
        Assert.Contains(amounts, a => a.StartsWith("3000,Belarusian troops,", StringComparison.Ordinal));
        Assert.Contains(amounts, a => a.StartsWith("12000,people,", StringComparison.Ordinal));

        var dates = Fields[16].Split(';');
        Assert.Contains(dates, d => d.StartsWith("3#6#3#2025#", StringComparison.Ordinal));   // Tuesday
        Assert.Contains(dates, d => d.StartsWith("2#3#0#2024#", StringComparison.Ordinal));   // March 2024
    }

    [Fact]
    public void A_document_without_url_is_cited_by_outlet_title_and_id()
    {
        var document = StandardPipeline.Create().Run(DocumentReader.FromText("Officials said 14 boats sank.", "boats-1", null));
        var fields = GkgWriter.Row(document, 7).Split('\t');
        Assert.Equal(27, fields.Length);
        Assert.Equal("00000000000000-7", fields[0]);
        Assert.Equal("", fields[1]);
        Assert.Equal("2", fields[2]);
        Assert.Equal("boats-1", fields[4]);
    }

    [Fact]
    public void Fipscodes_differ_from_iso_where_gdelt_expects_it()
    {
        Assert.Equal("GM", FipsCountryCodes.FromIso("DE"));
        Assert.Equal("KN", FipsCountryCodes.FromIso("KP"));
        Assert.Equal("KS", FipsCountryCodes.FromIso("KR"));
        Assert.Equal("RS", FipsCountryCodes.FromIso("RU"));
        Assert.Equal("UK", FipsCountryCodes.FromIso("GB"));
        Assert.Null(FipsCountryCodes.FromIso("ZZ"));
    }

    [Fact]
    public void Cleaned_values_never_contain_a_gkg_delimiter_or_control_character()
        => Gen.String.Sample(value =>
        {
            var clean = GkgWriter.Clean(value);
            return clean.IndexOfAny([';', '#', ',', '|', '\t', '\n', '\r']) < 0 && !clean.Any(char.IsControl);
        }, iter: 2000);
}
