using System.Reflection;

namespace Claimline.Resources;

/// <summary>
/// Reads the word lists (<c>.txt</c>: one entry per line) and maps (<c>.tsv</c>: a header row, then tab-separated
/// rows) that live in each stage's <c>Resources/</c> folder and are embedded in the assembly.
/// Lines starting with <c>#</c> and blank lines are skipped in both.
/// </summary>
public static class ResourceFile
{
    /// <summary>The environment variable that names <see cref="OverrideDirectory"/> (the CLI's <c>--resources</c> sets it too).</summary>
    public const string OverrideVariable = "CLAIMLINE_RESOURCES";

    private static readonly Assembly s_assembly = typeof(ResourceFile).Assembly;

    /// <summary>
    /// A folder laid out like <c>src/Claimline</c> whose files replace the embedded ones of the same path, so that rules
    /// and lexicons can be edited and tried without rebuilding (<c>claimline --resources src/Claimline analyze …</c>).
    /// Files it lacks come from the assembly. Stages load their resources once, so set it before the first is built.
    /// </summary>
    public static string? OverrideDirectory { get; set; } = Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } dir ? dir : null;

    /// <summary>Opens a binary resource (a model) given its path under <c>src/Claimline</c>.</summary>
    public static Stream Open(string path)
        => OpenStream(path)
            ?? throw new ResourceException(path, 0, "no such embedded resource; is it under a Resources/ folder with an embedded extension (see Claimline.csproj)?");

    /// <summary>Reads the lines of a resource, given its path under <c>src/Claimline</c> (e.g. <c>Text/Resources/en/abbreviations.tsv</c>).</summary>
    public static IEnumerable<(int Line, string Text)> ReadLines(string path)
    {
        using var stream = OpenStream(path)
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

    private static Stream? OpenStream(string path)
    {
        if (OverrideDirectory is { } dir)
        {
            var file = Path.Combine(dir, path);
            if (File.Exists(file))
            {
                return File.OpenRead(file);
            }
        }

        return s_assembly.GetManifestResourceStream("Claimline." + path);
    }
}
