using System.Globalization;

namespace Claimline.Syntax.Training;

/// <summary>
/// UPOS and lemma accuracy over syntactic words with gold tokenization (as the CoNLL 2018 shared task scores gold
/// tokens: every word counts once), with per-tag counts for precision and recall. Mutable while counting.
/// </summary>
public sealed class PosScore
{
    private readonly int[] _gold = new int[UposNames.Count + 1];
    private readonly int[] _predicted = new int[UposNames.Count + 1];
    private readonly int[] _correct = new int[UposNames.Count + 1];

    public int Words { get; private set; }

    public int UposCorrect { get; private set; }

    public int LemmaCorrect { get; private set; }

    /// <summary>Words tagged from the tag dictionary rather than scored.</summary>
    public int DictionaryWords { get; internal set; }

    public double Accuracy => Words == 0 ? 0 : (double)UposCorrect / Words;

    public double LemmaAccuracy => Words == 0 ? 0 : (double)LemmaCorrect / Words;

    public int GoldCount(Upos tag) => _gold[(int)tag];

    public int PredictedCount(Upos tag) => _predicted[(int)tag];

    public double Precision(Upos tag) => _predicted[(int)tag] == 0 ? 0 : (double)_correct[(int)tag] / _predicted[(int)tag];

    public double Recall(Upos tag) => _gold[(int)tag] == 0 ? 0 : (double)_correct[(int)tag] / _gold[(int)tag];

    /// <summary>Counts one word. A gold lemma of <c>_</c> accepts any lemma, as the CoNLL 2018 scorer does.</summary>
    public void Add(Upos gold, Upos predicted, string goldLemma, string? predictedLemma)
    {
        ArgumentNullException.ThrowIfNull(goldLemma);
        Words++;
        _gold[(int)gold]++;
        _predicted[(int)predicted]++;
        if (gold == predicted)
        {
            UposCorrect++;
            _correct[(int)gold]++;
        }

        if (goldLemma == "_" || goldLemma == predictedLemma)
        {
            LemmaCorrect++;
        }
    }

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"UPOS {Accuracy:P2}, lemma {LemmaAccuracy:P2} over {Words:N0} words");
}
