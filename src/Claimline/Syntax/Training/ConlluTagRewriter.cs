using Claimline.Syntax.Conllu;

namespace Claimline.Syntax.Training;

/// <summary>
/// Copies a CoNLL-U file with column 4 (UPOS) of every syntactic word replaced, keeping every other byte of every
/// line (comments, multiword-token and empty-node lines, the other columns) as it was: the input of a parser trained
/// on predicted tags (jackknifing).
/// </summary>
public static class ConlluTagRewriter
{
    /// <param name="input">The original file, read line by line.</param>
    /// <param name="tags">The new tags, one array per sentence in file order, one tag per syntactic word.</param>
    /// <param name="output">Receives the copy (lines end in <c>\n</c>).</param>
    public static void Rewrite(TextReader input, IReadOnlyList<Upos[]> tags, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(output);
        var sentence = 0;
        var word = 0;
        var inSentence = false;
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                if (inSentence)
                {
                    Check(tags, sentence, word, number);
                    sentence++;
                }

                inSentence = false;
                word = 0;
                output.Write('\n');
                continue;
            }

            if (line[0] != '#')
            {
                inSentence = true;
                var firstTab = line.IndexOf('\t', StringComparison.Ordinal);
                var id = firstTab < 0 ? line : line[..firstTab];
                if (id.AsSpan().IndexOfAny('-', '.') < 0)
                {
                    var columns = line.Split('\t');
                    if (columns.Length < 4 || sentence >= tags.Count || word >= tags[sentence].Length)
                    {
                        throw new FormatException($"line {number}: no predicted tag for this word");
                    }

                    columns[3] = tags[sentence][word].Name();
                    word++;
                    line = string.Join('\t', columns);
                }
            }

            output.Write(line);
            output.Write('\n');
        }

        if (inSentence)
        {
            Check(tags, sentence, word, number);
        }
    }

    private static void Check(IReadOnlyList<Upos[]> tags, int sentence, int words, int line)
    {
        if (tags[sentence].Length != words)
        {
            throw new FormatException($"line {line}: sentence {sentence + 1} has {words} words but {tags[sentence].Length} predicted tags");
        }
    }
}
