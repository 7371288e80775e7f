namespace Claimline.Time.Refiners;

/// <summary>
/// Guesses the tense around an expression from the nearest cue word of its sentence: the lexicon's <c>tense</c>
/// words (said, was, will, expects …), or a word ending in <c>-ed</c> as a past form. Cheap by
/// design: it only runs for expressions whose value depends on tense (bare weekdays, months without a year).
/// </summary>
internal sealed class TenseDetector(TimeClasses classes)
{
    /// <summary>
    /// The tense around tokens [expressionStart, expressionEnd) of the sentence [sentenceStart, sentenceEnd). With
    /// <paramref name="deadlines"/>, "by", "until" and "through" just before the expression mean a time ahead (for
    /// months and dates, whose candidate years lie far apart; a weekday after them is as often in a past story:
    /// "until Thursday, they had not called him a suspect").
    /// </summary>
    public Tense Detect(string text, List<TimeToken> tokens, int sentenceStart, int sentenceEnd, int expressionStart, int expressionEnd, bool deadlines = true)
    {
        // A deadline lies ahead: "talks are supposed to conclude by May", "loans through January".
        if (deadlines && expressionStart > sentenceStart && tokens[expressionStart - 1] is var before
            && (IsWord(text, before, "by") || IsWord(text, before, "until") || IsWord(text, before, "through")))
        {
            return Tense.Future;
        }

        // "since Monday", "since year-end": a time gone by.
        if (expressionStart > sentenceStart && IsWord(text, tokens[expressionStart - 1], "since"))
        {
            return Tense.Gone;
        }

        // A possessive names something that has happened: "Wednesday's ruling", "over Thursday's closing price".
        if (expressionEnd < sentenceEnd && tokens[expressionEnd] is var next && next.End - next.Start == 2
            && text[next.Start] is '\'' or '\u2019' && text[next.Start + 1] == 's')
        {
            return Tense.Past;
        }

        return Nearest(text, tokens, sentenceStart, sentenceEnd, expressionStart, expressionEnd);
    }

    private static bool IsWord(string text, TimeToken token, string word)
        => text.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private Tense Nearest(string text, List<TimeToken> tokens, int sentenceStart, int sentenceEnd, int expressionStart, int expressionEnd)
    {
        for (var distance = 1; ; distance++)
        {
            var before = expressionStart - distance;
            var after = expressionEnd - 1 + distance;
            var inBefore = before >= sentenceStart;
            var inAfter = after < sentenceEnd;
            if (!inBefore && !inAfter)
            {
                return Tense.None;
            }

            foreach (var index in (ReadOnlySpan<int>)[before, after])
            {
                if (index < sentenceStart || index >= sentenceEnd)
                {
                    continue;
                }

                var token = tokens[index];
                if (token.Has(classes.Tense))
                {
                    return token.Norm(classes.Tense) switch
                    {
                        "past" => Tense.Past,
                        "future" => Tense.Future,
                        _ => Tense.Present,
                    };
                }

                // A past participle after "be" is passive, not past: "will be named in December".
                if (token.Kind == TimeTokenKind.Word && token.End - token.Start > 4
                    && text[token.End - 2] == 'e' && text[token.End - 1] == 'd'
                    && !(index > sentenceStart && IsWord(text, tokens[index - 1], "be")))
                {
                    return Tense.Past;
                }
            }
        }
    }
}
