using Claimline.Resources;

namespace Claimline.Quotes;

/// <summary>
/// The quote stage's word lists (<c>Quotes/Resources/en/</c>): cue verbs with their lemmas, according-to phrases,
/// speaker head nouns, pronouns, determiners, titles, paragraph labels and the words that introduce a title. Loaded once and shared; read-only after construction.
/// </summary>
public sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> s_english = new(() => Load("Quotes/Resources/en/"));

    private QuoteLexicon(
        Dictionary<string, string> cueForms,
        string[][] accordingTo,
        Dictionary<string, SpeakerKind> speakerNouns,
        Dictionary<string, string> pronouns,
        Dictionary<string, bool> determiners,
        HashSet<string> titles,
        HashSet<string> cueNouns,
        HashSet<string> colonLabels,
        Dictionary<string, int> titleContext,
        List<(int Margin, double Confidence)> learnedConfidences)
    {
        LearnedConfidences = learnedConfidences;
        TitleContext = titleContext;
        ColonLabels = colonLabels;
        CueNouns = cueNouns;
        CueForms = cueForms;
        AccordingTo = accordingTo;
        SpeakerNouns = speakerNouns;
        Pronouns = pronouns;
        Determiners = determiners;
        Titles = titles;
    }

    public static QuoteLexicon English => s_english.Value;

    /// <summary>Lower-case inflected form → lemma (<c>said</c> → <c>say</c>).</summary>
    public IReadOnlyDictionary<string, string> CueForms { get; }

    /// <summary>Phrases, as lower-case words, after which the source comes (<c>according to</c>).</summary>
    public IReadOnlyList<string[]> AccordingTo { get; }

    /// <summary>Cue forms that are also common nouns (<c>state</c>, <c>support</c>): cues only where a verb can stand.</summary>
    public IReadOnlySet<string> CueNouns { get; }

    /// <summary>Lower-case head noun → the kind of speaker it makes.</summary>
    public IReadOnlyDictionary<string, SpeakerKind> SpeakerNouns { get; }

    /// <summary>Lower-case subject pronoun → antecedent class (<c>person</c>, <c>group</c>, <c>self</c>).</summary>
    public IReadOnlyDictionary<string, string> Pronouns { get; }

    /// <summary>Lower-case determiner → whether it makes the phrase unnamed (<c>some experts</c>).</summary>
    public IReadOnlyDictionary<string, bool> Determiners { get; }

    /// <summary>Lower-case labels that open a paragraph with a colon and are no speaker (<c>Update:</c>, <c>CORRECTION:</c>).</summary>
    public IReadOnlySet<string> ColonLabels { get; }

    /// <summary>Lower-case word before a Title-Case quotation that makes it a title → how many tokens before the mark it may stand.</summary>
    public IReadOnlyDictionary<string, int> TitleContext { get; }

    /// <summary>
    /// The learned finder's confidence by how sure its cue tagger was (the cue's score margin): rows of (lowest margin,
    /// confidence), margins ascending, measured as precision on held-out PolNeAR articles (learned-confidence.tsv).
    /// </summary>
    public IReadOnlyList<(int Margin, double Confidence)> LearnedConfidences { get; }

    /// <summary>The confidence of a learned attribution whose cue scored <paramref name="margin"/> above the next label.</summary>
    public double LearnedConfidence(int margin)
    {
        var confidence = LearnedConfidences.Count > 0 ? LearnedConfidences[0].Confidence : 0.5;
        foreach (var (from, value) in LearnedConfidences)
        {
            if (margin >= from)
            {
                confidence = value;
            }
        }

        return confidence;
    }

    /// <summary>Title words left out of a resolved name, as written.</summary>
    public IReadOnlySet<string> Titles { get; }

    public static QuoteLexicon Load(string folder)
    {
        var cues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in ResourceFile.ReadTable(folder + "cue-verbs.tsv", "lemma", "form"))
        {
            if (!cues.TryAdd(fields[1].ToLowerInvariant(), fields[0]))
            {
                throw new ResourceException(folder + "cue-verbs.tsv", line, $"form '{fields[1]}' is listed twice");
            }
        }

        var according = ResourceFile.ReadList(folder + "according-to.txt").Select(p => p.Split(' ')).ToArray();
        var nouns = new Dictionary<string, SpeakerKind>(StringComparer.Ordinal);
        foreach (var (line, fields) in ResourceFile.ReadTable(folder + "speaker-nouns.tsv", "noun", "kind"))
        {
            nouns[fields[0]] = fields[1] switch
            {
                "role" => SpeakerKind.Role,
                "organization" => SpeakerKind.Organization,
                "unnamed" => SpeakerKind.Unnamed,
                _ => throw new ResourceException(folder + "speaker-nouns.tsv", line, $"kind must be role, organization or unnamed, found '{fields[1]}'"),
            };
        }

        var pronouns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in ResourceFile.ReadTable(folder + "pronouns.tsv", "pronoun", "antecedent"))
        {
            if (fields[1] is not ("person" or "group" or "self"))
            {
                throw new ResourceException(folder + "pronouns.tsv", line, $"antecedent must be person, group or self, found '{fields[1]}'");
            }

            pronouns[fields[0]] = fields[1];
        }

        var determiners = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in ResourceFile.ReadList(folder + "determiners.txt"))
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            determiners[parts[0]] = parts.Length > 1 && parts[1] == "*";
        }

        var titles = ResourceFile.ReadList(folder + "titles.txt").ToHashSet(StringComparer.Ordinal);
        var cueNouns = ResourceFile.ReadList(folder + "cue-nouns.txt").ToHashSet(StringComparer.Ordinal);
        var colonLabels = ResourceFile.ReadList(folder + "colon-labels.txt").ToHashSet(StringComparer.Ordinal);
        var titleContext = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in ResourceFile.ReadTable(folder + "title-context.tsv", "word", "reach"))
        {
            if (!int.TryParse(fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var reach) || reach < 1)
            {
                throw new ResourceException(folder + "title-context.tsv", line, $"reach must be a positive number, found '{fields[1]}'");
            }

            titleContext[fields[0]] = reach;
        }

        var confidences = new List<(int, double)>();
        foreach (var (line, fields) in ResourceFile.ReadTable(folder + "learned-confidence.tsv", "margin", "confidence"))
        {
            if (!int.TryParse(fields[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var margin)
                || !double.TryParse(fields[1], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var confidence)
                || confidence is <= 0 or > 1 || (confidences.Count > 0 && margin <= confidences[^1].Item1))
            {
                throw new ResourceException(folder + "learned-confidence.tsv", line, $"expected an ascending margin and a confidence in (0, 1], found '{fields[0]}' and '{fields[1]}'");
            }

            confidences.Add((margin, confidence));
        }

        return new QuoteLexicon(cues, according, nouns, pronouns, determiners, titles, cueNouns, colonLabels, titleContext, confidences);
    }
}
