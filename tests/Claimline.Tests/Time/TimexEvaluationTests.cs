using Claimline.Model;
using Claimline.Time;
using Claimline.Time.Evaluation;

namespace Claimline.Tests.Time;

/// <summary>The TimeML reader and the TempEval-3 style scorer, on invented files.</summary>
public class TimexEvaluationTests
{
    private const string File = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-31T09:00:00" functionInDocument="CREATION_TIME">20241031</TIMEX3></DCT>
        <TEXT>
        Ships &amp; planes <EVENT eid="e1">left</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-10-30">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_removes_tags_decodes_entities_and_maps_offsets()
    {
        var document = TimeMlReader.Parse("a.tml", File);
        Assert.Equal(new DateOnly(2024, 10, 31), document.CreationTime);
        Assert.Contains("Ships & planes left yesterday for about two weeks.", document.Text, StringComparison.Ordinal);
        Assert.Equal(["yesterday", "about two weeks"], document.Timexes.Select(t => t.Span.Of(document.Text)));
        Assert.Equal(("DURATION", "P2W", "APPROX"), (document.Timexes[1].Type, document.Timexes[1].Value, document.Timexes[1].Mod));
    }

    [Fact]
    public void Scorer_counts_exact_spans_as_strict_and_overlaps_as_relaxed()
    {
        var gold = TimeMlReader.Parse("a.tml", File);
        var yesterday = gold.Timexes[0].Span;
        var weeks = gold.Timexes[1].Span;
        var ships = gold.Text.IndexOf("Ships", StringComparison.Ordinal);
        var scorer = new TimexScorer();
        scorer.Add(gold,
        [
            new TimeExpression(yesterday, "DATE", "2024-10-30", null, "r"),
            new TimeExpression(new TextSpan(weeks.Start + 6, weeks.End), "DURATION", "P3W", null, "r"),
            new TimeExpression(new TextSpan(ships, ships + 5), "DATE", "PRESENT_REF", null, "r"),
        ]);
        Assert.Equal(new Claimline.Evaluation.Score(1, 3, 2), scorer.Strict);
        Assert.Equal(new Claimline.Evaluation.Score(2, 3, 2), scorer.Relaxed);
        Assert.Equal(new Claimline.Evaluation.Score(1, 3, 2), scorer.Value);
        Assert.Equal(new Claimline.Evaluation.Score(2, 3, 2), scorer.Type);
        Assert.Contains(scorer.Errors, e => e.Kind == TimexErrorKind.Spurious && e.Text == "Ships");
        Assert.Contains(scorer.Errors, e => e.Kind == TimexErrorKind.WrongValue && e.Text == "about two weeks");
    }

    [Fact]
    public void Each_gold_expression_is_matched_once()
    {
        var gold = TimeMlReader.Parse("a.tml", File);
        var yesterday = gold.Timexes[0].Span;
        var scorer = new TimexScorer();
        scorer.Add(gold,
        [
            new TimeExpression(new TextSpan(yesterday.Start, yesterday.Start + 3), "DATE", "2024-10-30", null, "r"),
            new TimeExpression(new TextSpan(yesterday.Start + 3, yesterday.End), "DATE", "2024-10-30", null, "r"),
        ]);
        Assert.Equal(1, scorer.Relaxed.TruePositives);
        Assert.Equal(1, scorer.ByType["DURATION"].Gold - scorer.ByType["DURATION"].Found);
    }

    [Fact]
    public void Evaluator_runs_the_pipeline_with_the_creation_time()
    {
        var scorer = TimexEvaluator.Evaluate([TimeMlReader.Parse("a.tml", File)]);
        Assert.Equal(1.0, scorer.Relaxed.F1);
        Assert.Equal(1.0, scorer.Value.F1);
    }
}
