using System.Text.RegularExpressions;
using Claimline.Events.Dictionaries;
using Claimline.Resources;

namespace Claimline.Tests.Events;

/// <summary>The dictionaries' codes and set definitions are read without regexes (start-up, issue #17), exactly as the regexes read them.</summary>
public class BracketCodesTests
{
    private static readonly string[] s_files =
    [
        "Events/Resources/cameo/CAMEO.2.0.txt",
        "Events/Resources/cameo/verbs-extra.txt",
        "Events/Resources/cameo/Phoenix.International.actors.txt",
        "Events/Resources/cameo/Phoenix.MilNonState.actors.txt",
        "Events/Resources/cameo/actors-extra.txt",
        "Events/Resources/cameo/Phoenix.agents.txt",
        "Events/Resources/cameo/agents-extra.txt",
    ];

    [Theory]
    [InlineData("+CORDON_OFF {CORDONS_OFF} [160]")]
    [InlineData("- * [] TO $ [020] [ 031:040 ]")]
    [InlineData("USA [][USAGOV 19890120-19930120] x [a[b] ]")]
    [InlineData("[unclosed")]
    [InlineData("")]
    public void Codes_are_what_the_regex_finds(string line) => AssertSameAsRegex(line);

    [Fact]
    public void Every_shipped_dictionary_line_reads_as_with_the_regexes()
    {
        var lines = 0;
        foreach (var file in s_files)
        {
            foreach (var (_, text) in ResourceFile.ReadLines(file))
            {
                AssertSameAsRegex(text);
                AssertSameSet(text.Trim());
                lines++;
            }
        }

        Assert.True(lines > 15_000);
    }

    [Theory]
    [InlineData("!MINIST! = MINISTER, MINISTRY")]
    [InlineData("!A!=b")]
    [InlineData("!A! =")]
    [InlineData("!a! = b")]
    [InlineData("!! = b")]
    [InlineData("!AB = c")]
    [InlineData("!AB! x = c")]
    public void Set_definitions_are_what_the_regex_finds(string text) => AssertSameSet(text);

    private static void AssertSameAsRegex(string line)
    {
        var any = new Regex(@"\[([^\]]*)\]", RegexOptions.CultureInvariant).Matches(line).Select(m => (m.Index, m.Groups[1].Value));
        var nonEmpty = new Regex(@"\[([^\]]+)\]", RegexOptions.CultureInvariant).Matches(line).Select(m => (m.Index, m.Groups[1].Value));
        Assert.Equal(any, BracketCodes.All(line));
        Assert.Equal(nonEmpty, BracketCodes.All(line, allowEmpty: false));
        Assert.Equal(any.FirstOrDefault(), BracketCodes.First(line) ?? default);
    }

    private static void AssertSameSet(string text)
    {
        var match = Regex.Match(text, @"^!([A-Z]+)!\s*=\s*(.+)$", RegexOptions.CultureInvariant);
        var set = AgentDictionary.SetDefinition(text);
        Assert.Equal(match.Success, set is not null);
        if (set is { } found)
        {
            Assert.Equal(match.Groups[1].Value, found.Name);
            Assert.Equal(match.Groups[2].Value.Trim(), found.Members.Trim());
        }
    }
}
