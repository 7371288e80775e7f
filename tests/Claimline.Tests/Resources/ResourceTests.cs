using System.Text.RegularExpressions;
using Claimline.Resources;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Tests.Resources;

public class ResourceTests
{
    [Fact]
    public void Every_shipped_lexicon_loads()
    {
        Assert.Equal(AbbreviationKind.Prefix, Abbreviations.English.Lookup("Gen."));
        Assert.Equal(AbbreviationKind.Month, Abbreviations.English.Lookup("Oct."));
        Assert.Equal(AbbreviationKind.Final, Abbreviations.English.Classify("U.S."));
        Assert.True(Abbreviations.English.IsSentenceStarter("Some"));

        // The credit patterns compile on first use: find one, so that a pattern that does not compile fails here.
        const string caption = "Ministers meet in Brussels. (AP Photo/Jane Doe)";
        var credit = PhotoCreditFinder.English.Find(caption, new Model.TextSpan(0, caption.Length), out _);
        Assert.Equal("AP Photo/Jane Doe", credit?.SliceOf(caption).ToString());
    }

    [Fact]
    public void Missing_resource_names_the_file()
    {
        var error = Assert.Throws<ResourceException>(() => ResourceFile.ReadList("Text/Resources/en/nope.txt"));
        Assert.Contains("nope.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_placeholder_names_file_and_line()
    {
        var error = Assert.Throws<ResourceException>(() => PatternFile.Load("Structure/Resources/en/photo-credits.txt"));
        Assert.Matches(new Regex(@"photo-credits\.txt:\d+: unknown placeholder '\{agency\}'"), error.Message);
    }
}
