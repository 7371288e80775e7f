namespace Claimline.Quotes.Learning;

/// <summary>
/// The learned half of attribution, trained on PolNeAR (<c>claimline train quotes</c>): a cue tagger that marks the
/// words reporting speech, thought or intention (<c>said</c>, <c>according to</c>, <c>wants</c>, <c>in a
/// statement</c>), and a role tagger that, for one cue, marks its source and its content in the cue's sentence. Both
/// are averaged perceptrons decoded greedily left to right. Immutable; one instance serves all threads.
/// </summary>
public sealed class AttributionModel
{
    private static readonly Lazy<AttributionModel?> s_english = new(AttributionModelFile.LoadEnglish);

    /// <param name="cueWords">Hashes (<see cref="TokenTraits.Word"/>) of the words that began a cue in the training data.</param>
    /// <param name="cues">The cue tagger's weights.</param>
    /// <param name="roles">The role tagger's weights.</param>
    public AttributionModel(ulong[] cueWords, SparseWeights cues, SparseWeights roles)
    {
        ArgumentNullException.ThrowIfNull(cueWords);
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(roles);
        CueWords = cueWords;
        _cueWords = [.. cueWords];
        CueWeights = cues;
        RoleWeights = roles;
        Cues = new PackedWeights(cues, minWeight: 1);
        Roles = new PackedWeights(roles, minWeight: 1);
    }

    /// <summary>The shipped English model, loaded once on first use; null in a build that has none.</summary>
    public static AttributionModel? English => s_english.Value;

    private readonly HashSet<ulong> _cueWords;

    /// <summary>
    /// The words a cue may start with: the cue tagger is asked about them and about the words after a cue word; every
    /// other token is O without scoring. The tagger is trained the same way, and skipping most tokens keeps the stage fast.
    /// </summary>
    public ulong[] CueWords { get; }

    public SparseWeights CueWeights { get; }

    public SparseWeights RoleWeights { get; }

    internal PackedWeights Cues { get; }

    internal PackedWeights Roles { get; }

    public int FeatureCount => Cues.FeatureCount + Roles.FeatureCount;

    /// <summary>Labels the sentence <c>[first, last]</c> with cue labels (O, B, I).</summary>
    internal bool IsCueWord(ulong word) => _cueWords.Contains(word);

    internal void TagCues(QuoteContext c, TokenTraits t, int first, int last, Span<int> labels) => TagCues(c, t, first, last, labels, []);

    /// <summary>
    /// As above; <paramref name="margins"/>, when given, receives for each token how far its label's score stands
    /// above the next best (0 for tokens the tagger skips): how sure the tagger is.
    /// </summary>
    internal void TagCues(QuoteContext c, TokenTraits t, int first, int last, Span<int> labels, Span<int> margins)
    {
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[AttributionLabels.CueNames.Count];
        int p1 = 0, p2 = 0;
        for (var i = first; i <= last; i++)
        {
            if (p1 == AttributionLabels.Outside && !_cueWords.Contains(t.Word[i]))
            {
                labels[i - first] = AttributionLabels.Outside;
                if (!margins.IsEmpty)
                {
                    margins[i - first] = 0;
                }

                (p2, p1) = (p1, AttributionLabels.Outside);
                continue;
            }

            var n = AttributionFeatures.Cue(c, t, first, last, i, p1, p2, features);
            scores.Clear();
            Cues.Score(features[..n], scores);
            var label = PackedWeights.Best(scores);
            labels[i - first] = label;
            if (!margins.IsEmpty)
            {
                margins[i - first] = PackedWeights.Margin(scores, label);
            }

            (p2, p1) = (p1, label);
        }
    }

    /// <summary>Labels the tokens of <paramref name="window"/> with role labels for its cue; the cue's own tokens are O.</summary>
    internal void TagRoles(QuoteContext c, TokenTraits t, RoleWindow window, Span<int> labels)
    {
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[AttributionLabels.RoleNames.Count];
        int p1 = 0, p2 = 0;
        for (var i = window.First; i <= window.Last; i++)
        {
            int label;
            if (i >= window.CueFirst && i <= window.CueLast)
            {
                label = AttributionLabels.Outside;
            }
            else
            {
                var n = AttributionFeatures.Role(c, t, window, i, p1, p2, features);
                scores.Clear();
                Roles.Score(features[..n], scores);
                label = PackedWeights.Best(scores);
            }

            labels[i - window.First] = label;
            (p2, p1) = (p1, label);
        }
    }
}
