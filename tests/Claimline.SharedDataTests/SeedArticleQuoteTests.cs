using System.Text.Json;
using Claimline.Model;
using Claimline.Quotes;
using Claimline.Quotes.Evaluation;

namespace Claimline.SharedDataTests;

/// <summary>
/// Issue #5 acceptance: every quote the seed article's gold marks required is found with its kind and speaker (the
/// gold's snippets and names are read at run time, never copied here), and the PolNeAR dev figures.
/// </summary>
public class SeedArticleQuoteTests
{
    public static TheoryData<string> RequiredQuotes() => SeedArticle.Required("quotes", "contains");

    [Theory]
    [MemberData(nameof(RequiredQuotes))]
    public void Required_quote_is_found_with_its_kind_and_speaker(string contains)
    {
        var document = SeedArticle.Document;
        var gold = SeedArticle.GoldItem("quotes", "contains", contains);
        var at = document.Text.IndexOf(contains, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the gold snippet is not in the article: {contains}");
        var snippet = new TextSpan(at, at + contains.Length);
        var quote = document.Get(Layers.Quotes).FirstOrDefault(q => q.Content.Any(c => c.Overlaps(snippet)));
        Assert.True(quote is not null, $"no quote holds '{contains}'");

        Assert.Equal(gold.GetProperty("kind").GetString(), quote.Kind.ToString().ToLowerInvariant());

        // The speaker: one name, or several for a joint statement (the quote names them together).
        var speakers = gold.GetProperty("speaker") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(s => s.GetString()!).ToArray()
            : [gold.GetProperty("speaker").GetString()!];
        var found = string.Join(" | ", new[] { quote.SpeakerCanonical, quote.ResolvedText, quote.SpeakerText }.Where(s => s is not null));
        if (speakers.Length > 1)
        {
            // Joint speakers stay joint, all of them (issue #14): each name of the gold must be among the quote's.
            Assert.True(speakers.All(s => Names(found, s)),
                $"'{contains}': expected the joint speakers {string.Join(", ", speakers)}, found '{found}' ({quote.SpeakerKind})");
        }
        else
        {
            Assert.True(Names(found, speakers[0]), $"'{contains}': expected speaker '{speakers[0]}', found '{found}'");
        }
    }

    [Fact]
    public void PolNeAR_dev_content_overlap_and_source_stay_at_their_measured_level()
    {
        var scorer = QuoteEvaluator.EvaluateDirectory(SharedData.Path("data", "polnear", "dev"));
        Assert.True(scorer.ContentOverlap.F1 >= 0.73, $"content overlap {scorer.ContentOverlap}");
        Assert.True(scorer.Source.F1 >= 0.64, $"source {scorer.Source}");
        Assert.True(scorer.Cue.F1 >= 0.70, $"cue {scorer.Cue}");
    }

    /// <summary>The found speaker names the gold one: the full name, or its last word (a surname), any case.</summary>
    private static bool Names(string found, string gold)
        => found.Contains(gold, StringComparison.OrdinalIgnoreCase)
            || found.Contains(gold.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);
}
