namespace Claimline.Entities.Training;

/// <summary>
/// Reads CoNLL-2003-style files: one token per line, space- or tab-separated columns with the word first and the
/// named-entity tag last (<c>word POS chunk NER</c>), a blank line between sentences. <c>-DOCSTART-</c> lines are
/// skipped. Errors name the file and line.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static List<ConllSentence> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var number = 0;
        var start = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                Flush();
                continue;
            }

            if (fields[0] == "-DOCSTART-")
            {
                continue;
            }

            if (fields.Length < 2)
            {
                throw new InvalidDataException($"{name}:{number}: expected a word and a tag, found '{line}'");
            }

            if (words.Count == 0)
            {
                start = number;
            }

            words.Add(fields[0]);
            tags.Add(fields[^1]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags], start));
                words.Clear();
                tags.Clear();
            }
        }
    }
}
