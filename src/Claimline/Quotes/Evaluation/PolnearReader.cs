using System.Globalization;
using Claimline.Model;

namespace Claimline.Quotes.Evaluation;

/// <summary>One gold attribution: content, cue and source spans (each possibly discontinuous).</summary>
/// <param name="Content">What was said.</param>
/// <param name="Cue">The reporting word or phrase.</param>
/// <param name="Source">The speaker mention as written.</param>
/// <param name="Kind">Direct, indirect or mixed, where the gold says (our own gold does; PolNeAR does not).</param>
/// <param name="Speaker">Who the source is, by name (a pronoun's antecedent; joint speakers joined by <c>and</c>), where the gold says.</param>
public sealed record GoldAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source, QuoteKind? Kind = null, string? Speaker = null);

/// <summary>One PolNeAR article: its text, publication date and gold attributions.</summary>
public sealed record PolnearArticle(string Name, string Text, DateOnly? Published, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads PolNeAR's brat standoff (<c>text/NAME.txt</c>, <c>attributions/NAME_XXXX.ann</c>). Where an article has
/// several annotators' files, the first in name order is used, so every article counts once.
/// </summary>
public static class PolnearReader
{
    /// <summary>The articles under <paramref name="directory"/>: a part (<c>dev/</c>) or the corpus folder (its <c>dev/</c> is used).</summary>
    public static IEnumerable<PolnearArticle> ReadDirectory(string directory)
    {
        foreach (var (name, text, files) in AnnotatedArticles(directory))
        {
            yield return new PolnearArticle(name, text, DateFromName(name), ReadAnn(File.ReadAllLines(files[0])));
        }
    }

    /// <summary>
    /// For every article that two or more annotators labelled, every pair of their annotations (in file-name order):
    /// the first as gold, the second as the one scored against it. Scoring one annotator against another with the
    /// system's scorer gives the ceiling a system can be expected to reach.
    /// </summary>
    public static IEnumerable<(PolnearArticle Gold, IReadOnlyList<GoldAttribution> Other)> ReadAnnotatorPairs(string directory)
    {
        foreach (var (name, text, files) in AnnotatedArticles(directory))
        {
            var annotations = files.Select(f => ReadAnn(File.ReadAllLines(f))).ToArray();
            for (var a = 0; a < annotations.Length; a++)
            {
                for (var b = a + 1; b < annotations.Length; b++)
                {
                    yield return (new PolnearArticle(name, text, DateFromName(name), annotations[a]), annotations[b]);
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Text, string[] Files)> AnnotatedArticles(string directory)
    {
        if (!Directory.Exists(Path.Combine(directory, "attributions")) && Directory.Exists(Path.Combine(directory, "dev")))
        {
            directory = Path.Combine(directory, "dev");
        }

        var attributions = Path.Combine(directory, "attributions");
        if (!Directory.Exists(attributions))
        {
            throw new IOException($"{directory} has no attributions/ folder; give the PolNeAR folder or one of its parts (dev/, train/).");
        }

        var files = Directory.GetFiles(attributions, "*.ann").Order(StringComparer.Ordinal)
            .GroupBy(f => ArticleName(Path.GetFileNameWithoutExtension(f)));
        foreach (var group in files)
        {
            var textPath = Path.Combine(directory, "text", group.Key + ".txt");
            if (File.Exists(textPath))
            {
                yield return (group.Key, File.ReadAllText(textPath), [.. group]);
            }
        }
    }

    /// <summary>Parses the lines of one .ann file into attributions (the E lines tying Source, Cue and Content).</summary>
    public static IReadOnlyList<GoldAttribution> ReadAnn(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, TextSpan[]>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (fields[0].StartsWith('T'))
            {
                var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    continue;
                }

                spans[fields[0]] = fields[1][(space + 1)..].Split(';')
                    .Select(p => p.Split(' '))
                    .Select(p => new TextSpan(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))
                    .ToArray();
            }
            else if (fields[0].StartsWith('E'))
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var result = new List<GoldAttribution>();
        foreach (var parts in events)
        {
            TextSpan[] Part(string role) => parts
                .Select(p => p.Split(':'))
                .Where(p => p.Length == 2 && p[0].StartsWith(role, StringComparison.Ordinal) && spans.ContainsKey(p[1]))
                .SelectMany(p => spans[p[1]]).ToArray();

            var content = Part("Content");
            if (content.Length > 0)
            {
                result.Add(new GoldAttribution(content, Part("Cue"), Part("Source")));
            }
        }

        return result;
    }

    private static string ArticleName(string annName)
    {
        var underscore = annName.LastIndexOf('_');
        return underscore > 0 ? annName[..underscore] : annName;
    }

    // Names are `publisher_YYYY-MM-DD_slug`.
    private static DateOnly? DateFromName(string name)
    {
        var parts = name.Split('_');
        return parts.Length > 1 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
