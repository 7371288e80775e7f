using Claimline.Quotes.Evaluation;
using Claimline.Tests.Reading;

namespace Claimline.Tests.Quotes;

/// <summary>
/// <c>eval quotes --agreement</c>: every pair of annotations of an article labelled more than once is scored with the
/// system's scorer, so the annotators' agreement is the ceiling the system's figures are read against.
/// </summary>
public sealed class AnnotatorAgreementTests : IDisposable
{
    // Two attributions: "Kovac said the port would reopen" (source 0–5, cue 6–10, content 11–32) and "Reyes
    // argued the plan was late" (source 34–39, cue 40–46, content 47–64).
    private const string Text = "Kovac said the port would reopen. Reyes argued the plan was late.";

    private static readonly string[] s_both =
    [
        "T1\tSource 0 5\tKovac", "T2\tCue 6 10\tsaid", "T3\tContent 11 32\tthe port would reopen",
        "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
        "T4\tSource 34 39\tReyes", "T5\tCue 40 46\targued", "T6\tContent 47 64\tthe plan was late",
        "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_pair_of_annotators_of_an_article_is_one_comparison_and_single_annotations_are_left_out()
    {
        Write("twice", "a1", s_both);
        Write("twice", "a2", s_both);
        Write("twice", "a3", s_both);
        Write("once", "a1", s_both);

        var pairs = PolnearReader.ReadAnnotatorPairs(_temp.Path).ToList();

        Assert.Equal(3, pairs.Count);
        Assert.All(pairs, p => Assert.Equal("twice", p.Gold.Name));
        Assert.All(pairs, p => Assert.Equal(2, p.Other.Count));
    }

    [Fact]
    public void Identical_annotations_agree_fully_and_a_missed_attribution_costs_recall_of_content_cue_and_source()
    {
        Write("same", "a1", s_both);
        Write("same", "a2", s_both);
        Assert.Equal(1.0, QuoteEvaluator.EvaluateAgreement(_temp.Path).ContentOverlap.F1);

        Write("partial", "a1", s_both);
        Write("partial", "a2", s_both[..4]);
        var scorer = QuoteEvaluator.EvaluateAgreement(_temp.Path);

        // Over both articles: 3 of 4 gold attributions matched, all 3 offered were right.
        Assert.Equal(1.0, scorer.ContentOverlap.Precision);
        Assert.Equal(0.75, scorer.ContentOverlap.Recall);
        Assert.Equal(0.75, scorer.Cue.Recall);
        Assert.Equal(0.75, scorer.Source.Recall);
    }

    [Fact]
    public void A_folder_without_attributions_is_an_input_error_naming_it()
    {
        var error = Assert.Throws<IOException>(() => QuoteEvaluator.EvaluateAgreement(_temp.PathOf("missing")));

        Assert.Contains("missing", error.Message);
    }

    private void Write(string article, string annotator, string[] lines)
    {
        _temp.Write($"text/{article}.txt", Text);
        _temp.Write($"attributions/{article}_{annotator}.ann", string.Join('\n', lines) + "\n");
    }
}
