using Claimline.Time;

namespace Claimline.Tests.Time;

/// <summary>Every <c>example</c> and <c>counter</c> line of <c>Time/Resources/en/rules.txt</c>, run through the whole stage.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in TimeTagger.English.Rules)
        {
            foreach (var example in rule.Examples)
            {
                data.Add(rule.Id, example.Line);
            }
        }

        return data;
    }

    [Fact]
    public void Every_rule_has_an_example()
    {
        var without = TimeTagger.English.Rules.Where(r => r.Examples.Count == 0).Select(r => r.Id).ToArray();
        Assert.Empty(without);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_example_gives_its_span_and_value(string ruleId, int line)
    {
        var rule = TimeTagger.English.Rules.Single(r => r.Id == ruleId);
        var example = rule.Examples.Single(e => e.Line == line);
        var times = TimeTestText.Times(example.Sentence, example.Dct.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (example.IsCounter)
        {
            Assert.True(times.Count == 0, $"rules.txt:{line}: expected no time expression in \"{example.Sentence}\"; found {TimeTestText.Describe(example.Sentence, times)}");
            return;
        }

        var found = times.SingleOrDefault(t => t.Span.Of(example.Sentence) == example.Span);
        Assert.True(found is not null, $"rules.txt:{line}: expected '{example.Span}' in \"{example.Sentence}\"; found {TimeTestText.Describe(example.Sentence, times)}");
        Assert.Equal(ruleId, found.Rule);
        Assert.Equal(example.Value, found.Value);
        Assert.Equal(example.Mod, found.Mod);
    }
}
