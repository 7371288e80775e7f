namespace Claimline.Syntax.Parsing;

/// <summary>
/// Attachment scores as the CoNLL 2018 shared task computes them on gold tokens: every word counts, punctuation
/// included; UAS compares heads; LAS compares heads and the universal relation (no subtype); <see cref="FullLas"/>
/// also compares subtypes. Per universal relation: precision over the words the parser gave it, recall over those
/// the gold gives it, a word counting as correct when head and relation both match.
/// </summary>
public sealed class ParseScore
{
    private readonly SortedDictionary<string, RelationCounts> _relations = new(StringComparer.Ordinal);

    public long Words { get; private set; }

    public long HeadCorrect { get; private set; }

    public long LabelledCorrect { get; private set; }

    public long FullLabelledCorrect { get; private set; }

    public long Sentences { get; private set; }

    public double Uas => Words == 0 ? 0 : HeadCorrect / (double)Words;

    public double Las => Words == 0 ? 0 : LabelledCorrect / (double)Words;

    public double FullLas => Words == 0 ? 0 : FullLabelledCorrect / (double)Words;

    public IReadOnlyDictionary<string, RelationCounts> Relations => _relations;

    public void Add(ReadOnlySpan<int> goldHeads, IReadOnlyList<string> goldRelations, ReadOnlySpan<int> heads, IReadOnlyList<string> relations)
    {
        ArgumentNullException.ThrowIfNull(goldRelations);
        ArgumentNullException.ThrowIfNull(relations);
        Sentences++;
        for (var i = 0; i < goldHeads.Length; i++)
        {
            Words++;
            var gold = Projectivizer.Universal(goldRelations[i]);
            var guess = Projectivizer.Universal(relations[i]);
            var head = heads[i] == goldHeads[i];
            var label = head && gold == guess;
            HeadCorrect += head ? 1 : 0;
            LabelledCorrect += label ? 1 : 0;
            FullLabelledCorrect += head && goldRelations[i] == relations[i] ? 1 : 0;
            Counts(gold).Gold++;
            Counts(guess).Found++;
            if (label)
            {
                Counts(gold).Correct++;
            }
        }
    }

    private RelationCounts Counts(string relation)
    {
        if (!_relations.TryGetValue(relation, out var counts))
        {
            counts = new RelationCounts();
            _relations[relation] = counts;
        }

        return counts;
    }
}

/// <summary>How often one relation was in the gold, given by the parser, and given rightly (with the right head).</summary>
public sealed class RelationCounts
{
    public long Gold { get; set; }

    public long Found { get; set; }

    public long Correct { get; set; }

    public double Precision => Found == 0 ? 0 : Correct / (double)Found;

    public double Recall => Gold == 0 ? 0 : Correct / (double)Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
