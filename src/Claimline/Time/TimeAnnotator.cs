using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Time;

/// <summary>
/// Finds time expressions and normalizes them TIMEX3-style against the document date
/// (<see cref="DocumentMeta.Published"/>, the DCT) with <see cref="TimeTagger"/>, and gives each sentence its
/// statement time.
/// <para>Requires: tokens, datelines, sentences (datelines are searched too: <c>WASHINGTON, Aug. 8 (Xinhua) --</c>).
/// Produces: times, sentenceTimes.</para>
/// <para>Options: the tagger (rules and word lists); <see cref="TimeTagger.English"/> by default, from
/// <c>Time/Resources/en/</c>. A document without a date keeps relative values unresolved (<c>XXXX-WXX-4</c>, PAST_REF).</para>
/// Example: in an article dated Thursday 2024-10-31, <c>Kovac said Wednesday</c> gives the expression
/// <c>Wednesday</c> = DATE 2024-10-30 (rule <c>date.weekday</c>, anchor <c>tense</c>), and its sentence the statement
/// time 2024-10-30; <c>almost a year</c> gives DURATION P1Y with mod LESS_THAN.
/// </summary>
public sealed class TimeAnnotator(TimeTagger tagger) : IAnnotator
{
    public TimeAnnotator()
        : this(TimeTagger.English)
    {
    }

    public string Name => "times";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Datelines, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Times, Layers.SentenceTimes];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
    {
        var datelines = document.Get(Layers.Datelines);
        var extra = new TextSpan[datelines.Count];
        for (var i = 0; i < extra.Length; i++)
        {
            extra[i] = datelines[i].Span;
        }

        var (times, sentenceTimes) = tagger.Tag(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences), document.Meta.Published, extra);
        document.Set(Layers.Times, times);
        document.Set(Layers.SentenceTimes, sentenceTimes);
    }
}
