using System.Reflection;

namespace Claimline.Resources;

/// <summary>
/// Reads the word lists (<c>.txt</c>: one entry per line) and maps (<c>.tsv</c>: a header row, then tab-separated
/// rows) that live in each stage's <c>Resources/</c> folder and are embedded in the assembly.
/// Lines starting with <c>#</c> and blank lines are skipped in both.
/// </summary>
public static class ResourceFile
{
    private static readonly Assembly s_assembly = typeof(ResourceFile).Assembly;

    /// <summary>Opens a binary resource (a model) given its path under <c>src/Claimline</c>.</summary>
    public static Stream Open(string path)
        => s_assembly.GetManifestResourceStream("Claimline." + path)
            ?? throw new ResourceException(path, 0, "no such embedded resource; is it under a Resources/ folder with an embedded extension (see Claimline.csproj)?");

    /// <summary>Reads the lines of a resource, given its path under <c>src/Claimline</c> (e.g. <c>Text/Resources/en/abbreviations.tsv</c>).</summary>
    public static IEnumerable<(int Line, string Text)> ReadLines(string path)
    {
        using var stream = s_assembly.GetManifestResourceStream("Claimline." + path)
            ?? throw new ResourceException(path, 0, "no such embedded resource; is it under a Resources/ folder with a .txt or .tsv extension?");
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return (number, trimmed);
        }
    }

    /// <summary>A word list: one trimmed entry per line.</summary>
    public static IReadOnlyList<string> ReadList(string path)
        => ReadLines(path).Select(l => l.Text.Trim()).ToArray();

    /// <summary>A table: checks the header row names <paramref name="columns"/> and every row has that many fields.</summary>
    public static IReadOnlyList<(int Line, string[] Fields)> ReadTable(string path, params string[] columns)
    {
        var rows = new List<(int, string[])>();
        var headerSeen = false;
        foreach (var (line, text) in ReadLines(path))
        {
            var fields = text.Split('\t');
            if (!headerSeen)
            {
                if (!fields.SequenceEqual(columns))
                {
                    throw new ResourceException(path, line, $"header must be '{string.Join("\\t", columns)}', found '{text}'");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length)
            {
                throw new ResourceException(path, line, $"expected {columns.Length} tab-separated fields, found {fields.Length}");
            }

            rows.Add((line, fields));
        }

        return rows;
    }
}
