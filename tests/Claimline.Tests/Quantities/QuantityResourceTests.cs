using System.Globalization;
using Claimline.Quantities;
using Claimline.Resources;

namespace Claimline.Tests.Quantities;

/// <summary>Every example of the quantities word lists (<c>Quantities/Resources/en/*.tsv</c>) is a test case.</summary>
public class QuantityResourceTests
{
    private const string Folder = "Quantities/Resources/en/";

    public static TheoryData<string, double> NumberWordExamples() => Rows("number-words.tsv", ["word", "value", "class", "example"], f => (f[3], Num(f[1])));

    public static TheoryData<string, double> ScaleExamples()
        => Rows("scales.tsv", ["word", "value", "example"], f => (f[2], (f[2].Contains(" a ", StringComparison.Ordinal) ? 1 : 2) * Num(f[1])));

    public static TheoryData<string, string> QualifierExamples() => Texts("qualifiers.tsv", ["phrase", "qualifier", "example"], 2, 1);

    public static TheoryData<string, string> CurrencyExamples() => Texts("currencies.tsv", ["form", "code", "position", "factor", "example"], 4, 1);

    public static TheoryData<string, string> ChangeExamples() => Texts("change-verbs.tsv", ["form", "change", "example"], 2, 1);

    public static TheoryData<string, string> SuffixExamples() => Texts("number-suffixes.tsv", ["suffix", "qualifier", "example"], 2, 1);

    public static TheoryData<string, double, double> VagueExamples()
    {
        var data = new TheoryData<string, double, double>();
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "vague-plurals.tsv", "word", "value", "low", "high", "example"))
        {
            data.Add(f[4], Num(f[2]), Num(f[3]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NumberWordExamples))]
    [MemberData(nameof(ScaleExamples))]
    public void Number_word_and_scale_examples_have_their_value(string example, double value)
        => Assert.Equal(value, QuantityTestText.First(example).Value);

    [Theory]
    [MemberData(nameof(QualifierExamples))]
    [MemberData(nameof(SuffixExamples))]
    public void Qualifier_examples_get_their_normalized_qualifier(string example, string qualifier)
        => Assert.Equal(QuantityLexicon.ParseQualifier(qualifier), QuantityTestText.First(example).Qualifier);

    [Theory]
    [MemberData(nameof(CurrencyExamples))]
    public void Currency_examples_are_money_in_their_currency(string example, string code)
    {
        var q = QuantityTestText.First(example);
        Assert.Equal((QuantityKind.Money, code), (q.Kind, q.Unit));
    }

    [Theory]
    [MemberData(nameof(ChangeExamples))]
    public void Change_verb_examples_report_their_change(string example, string change)
        => Assert.Equal(QuantityLexicon.ParseChange(change), QuantityTestText.First(example).Change);

    [Theory]
    [MemberData(nameof(VagueExamples))]
    public void Vague_plural_examples_have_their_range(string example, double low, double high)
    {
        var q = QuantityTestText.First(example);
        Assert.Equal((low, high), (q.Low, q.High));
    }

    [Fact]
    public void The_lexicon_loads_every_list()
        => Assert.NotNull(QuantityLexicon.English.LabelWords);

    private static double Num(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static TheoryData<string, double> Rows(string file, string[] columns, Func<string[], (string, double)> select)
    {
        var data = new TheoryData<string, double>();
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + file, columns))
        {
            var (example, value) = select(f);
            data.Add(example, value);
        }

        return data;
    }

    private static TheoryData<string, string> Texts(string file, string[] columns, int example, int expected)
    {
        var data = new TheoryData<string, string>();
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + file, columns))
        {
            data.Add(f[example], f[expected]);
        }

        return data;
    }
}
