using System.Globalization;

namespace Claimline.Syntax.Conllu;

/// <summary>
/// Reads CoNLL-U (universaldependencies.org/format.html) sentence by sentence. Lenient where the scorer is lenient
/// (missing columns after HEAD/DEPREL are tolerated) and strict where a tree would be wrong: a head outside the
/// sentence is a <see cref="FormatException"/> naming the file and line.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var forms = new List<string>();
        var lemmas = new List<string>();
        var tags = new List<Upos>();
        var heads = new List<int>();
        var relations = new List<string>();
        var multiword = new List<(int, int, string)>();
        string? sentenceId = null, documentId = null;
        int lineNumber = 0, ordinal = 0, sentenceLine = 0;
        string? line;
        while (true)
        {
            line = reader.ReadLine();
            lineNumber++;
            if (line is null || line.Length == 0)
            {
                if (forms.Count > 0)
                {
                    ordinal++;
                    yield return Build(sentenceId ?? ordinal.ToString(CultureInfo.InvariantCulture), documentId, forms, lemmas, tags, heads, relations, multiword, name, sentenceLine);
                }

                forms.Clear();
                lemmas.Clear();
                tags.Clear();
                heads.Clear();
                relations.Clear();
                multiword.Clear();
                sentenceId = null;
                if (line is null)
                {
                    yield break;
                }

                continue;
            }

            if (line[0] == '#')
            {
                if (TryComment(line, "sent_id", out var id))
                {
                    sentenceId = id;
                }
                else if (TryComment(line, "newdoc id", out var doc))
                {
                    documentId = doc;
                }

                continue;
            }

            if (forms.Count == 0 && multiword.Count == 0)
            {
                sentenceLine = lineNumber;
            }

            var columns = line.Split('\t');
            if (columns.Length < 8)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}");
            }

            var idColumn = columns[0];
            var dash = idColumn.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var first = int.Parse(idColumn.AsSpan(0, dash), CultureInfo.InvariantCulture) - 1;
                var last = int.Parse(idColumn.AsSpan(dash + 1), CultureInfo.InvariantCulture) - 1;
                multiword.Add((first, last, columns[1]));
                continue;
            }

            if (idColumn.Contains('.', StringComparison.Ordinal))
            {
                continue; // an empty node of the enhanced graph
            }

            if (!int.TryParse(idColumn, NumberStyles.None, CultureInfo.InvariantCulture, out var wordId) || wordId != forms.Count + 1)
            {
                throw new FormatException($"{name}:{lineNumber}: word id '{idColumn}' out of sequence (expected {forms.Count + 1})");
            }

            forms.Add(columns[1]);
            lemmas.Add(columns[2]);
            tags.Add(UposNames.Parse(columns[3]));
            heads.Add(columns[6] == "_" ? -2 : int.Parse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture) - 1);
            relations.Add(columns[7]);
        }
    }

    private static ConlluSentence Build(
        string id, string? documentId, List<string> forms, List<string> lemmas, List<Upos> tags, List<int> heads,
        List<string> relations, List<(int, int, string)> multiword, string name, int line)
    {
        for (var i = 0; i < heads.Count; i++)
        {
            if (heads[i] < -2 || heads[i] >= heads.Count || heads[i] == i)
            {
                throw new FormatException($"{name}:{line}: sentence '{id}' word {i + 1} has head {heads[i] + 1}, outside the sentence or itself");
            }
        }

        return new ConlluSentence(id, documentId, [.. forms], [.. lemmas], [.. tags], [.. heads], [.. relations], [.. multiword]);
    }

    private static bool TryComment(string line, string key, out string value)
    {
        var body = line.AsSpan(1).TrimStart();
        if (body.StartsWith(key, StringComparison.Ordinal))
        {
            var rest = body[key.Length..].TrimStart();
            if (rest.StartsWith("=", StringComparison.Ordinal))
            {
                value = rest[1..].Trim().ToString();
                return true;
            }
        }

        value = "";
        return false;
    }
}
