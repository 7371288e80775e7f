using Claimline.Evaluation;

namespace Claimline.Quotes.Learning.Training;

/// <summary>
/// Scores the two taggers apart on prepared examples: cue spans (exact token ranges), and, given the gold cues, the
/// content and source tokens of each cue. Tells whether a miss comes from the cue or from the roles.
/// </summary>
public sealed record AttributionDiagnostics(Score Cues, Score ContentTokens, Score SourceTokens)
{
    internal static AttributionDiagnostics Evaluate(AttributionModel model, IReadOnlyList<AttributionExample> examples)
    {
        var cues = default(Score);
        var content = default(Score);
        var source = default(Score);
        var labels = new int[256];
        var window = new RoleWindow();
        foreach (var example in examples)
        {
            foreach (var (first, last, gold) in example.CueSentences)
            {
                if (labels.Length < gold.Length)
                {
                    labels = new int[gold.Length * 2];
                }

                model.TagCues(example.Context, example.Traits, first, last, labels);
                var predicted = Spans(labels.AsSpan(0, gold.Length));
                var expected = Spans(gold);
                cues += new Score(predicted.Intersect(expected).Count(), predicted.Count, expected.Count);
            }

            foreach (var role in example.Roles)
            {
                window.Prepare(example.Context, example.Traits, role.SentenceFirst, role.SentenceLast, role.CueFirst, role.CueLast);
                if (labels.Length < window.Length)
                {
                    labels = new int[window.Length * 2];
                }

                model.TagRoles(example.Context, example.Traits, window, labels);
                int cRight = 0, cFound = 0, cGold = 0, sRight = 0, sFound = 0, sGold = 0;
                for (var k = 0; k < window.Length; k++)
                {
                    bool pc = AttributionLabels.IsContent(labels[k]), gc = AttributionLabels.IsContent(role.Labels[k]);
                    bool ps = AttributionLabels.IsSource(labels[k]), gs = AttributionLabels.IsSource(role.Labels[k]);
                    cFound += pc ? 1 : 0;
                    cGold += gc ? 1 : 0;
                    cRight += pc && gc ? 1 : 0;
                    sFound += ps ? 1 : 0;
                    sGold += gs ? 1 : 0;
                    sRight += ps && gs ? 1 : 0;
                }

                content += new Score(cRight, cFound, cGold);
                source += new Score(sRight, sFound, sGold);
            }
        }

        return new AttributionDiagnostics(cues, content, source);
    }

    private static HashSet<(int, int)> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new HashSet<(int, int)>();
        for (var k = 0; k < labels.Length; k++)
        {
            if (labels[k] == AttributionLabels.Outside)
            {
                continue;
            }

            var start = k;
            while (k + 1 < labels.Length && labels[k + 1] == AttributionLabels.CueInside)
            {
                k++;
            }

            spans.Add((start, k));
        }

        return spans;
    }
}
