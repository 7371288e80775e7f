using System.IO.Compression;
using System.Text;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Lemmatization;
using Claimline.Text;

namespace Claimline.Syntax.Training;

/// <summary>
/// Learns the lemmatizer's two tables from a treebank (<c>claimline train lemmas</c>): the lexicon of lemmas per UPOS,
/// and the exceptions, the (lower-cased form, UPOS) pairs whose most frequent lemma is right more often than what
/// the suffix rules and casing give (with that lexicon). Deterministic: rows sorted ordinally.
/// </summary>
public static class LemmaTableBuilder
{
    public static (List<(string Form, Upos Tag, string Lemma)> Exceptions, List<(string Lemma, Upos Tag)> Lexicon) Build(
        IReadOnlyList<ConlluSentence> sentences, LemmaRules rules, WordClusters? vocabulary)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lexicon = new SortedSet<(string, Upos)>(Comparer<(string, Upos)>.Create(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Item1, b.Item1);
            return c != 0 ? c : a.Item2.CompareTo(b.Item2);
        }));
        var tokens = new Dictionary<(string, Upos), List<(string Form, string Lemma)>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var (form, tag, lemma) = (sentence.Forms[i], sentence.Tags[i], sentence.Lemmas[i]);
                if (lemma == "_" || tag == Upos.None)
                {
                    continue;
                }

                lexicon.Add((lemma, tag));
                var key = (form.ToLowerInvariant(), tag);
                if (!tokens.TryGetValue(key, out var list))
                {
                    tokens[key] = list = [];
                }

                list.Add((form, lemma));
            }
        }

        var lexiconList = lexicon.ToList();
        var ruleOnly = new Lemmatizer(rules, [], lexiconList, vocabulary);
        var exceptions = new List<(string, Upos, string)>();
        foreach (var ((lower, tag), list) in tokens)
        {
            var ruleRight = list.Count(t => ruleOnly.RuleLemma(t.Form, tag) == t.Lemma);
            var (best, bestCount) = list.GroupBy(t => t.Lemma, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First();
            if (bestCount > ruleRight)
            {
                exceptions.Add((lower, tag, best));
            }
        }

        exceptions.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Item1, b.Item1);
            return c != 0 ? c : a.Item2.CompareTo(b.Item2);
        });
        return (exceptions, lexiconList);
    }

    /// <summary>Writes rows as a gzip-compressed table with a header row (deterministic bytes).</summary>
    public static byte[] WriteTable(string header, IEnumerable<string> rows)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(header);
            foreach (var row in rows)
            {
                writer.WriteLine(row);
            }
        }

        return buffer.ToArray();
    }
}
