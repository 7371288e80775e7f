using System.Globalization;
using System.Text;
using Claimline.Model;

namespace Claimline.Time.Evaluation;

/// <summary>
/// Reads TimeML (TempEval-3 <c>.tml</c>) files with a small tag scanner rather than an XML parser: the corpora contain
/// stray ampersands and the offsets must be computed over the text with tags removed anyway.
/// </summary>
public static class TimeMlReader
{
    /// <summary>The <c>.tml</c> files under the given files and directories (recursively), in name order.</summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"no such file or directory: {path}", path);
            }
        }

        return files;
    }

    public static TimeMlDocument Read(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    public static TimeMlDocument Parse(string name, string xml)
    {
        var dct = FindCreationTime(xml);
        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new FormatException($"{name}: no <TEXT> element");
        }

        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        var openTimex = new Stack<(int Start, Dictionary<string, string> Attributes)>();
        var i = open + "<TEXT>".Length;
        while (i < close)
        {
            var c = xml[i];
            if (c == '<')
            {
                var end = xml.IndexOf('>', i);
                if (end < 0 || end > close)
                {
                    throw new FormatException($"{name}: unclosed tag at offset {i}");
                }

                var tag = xml.AsSpan(i + 1, end - i - 1);
                if (tag.StartsWith("TIMEX3"))
                {
                    var attributes = Attributes(tag);
                    if (tag.EndsWith("/"))
                    {
                        // An empty TIMEX3 (an implicit time) covers no text: not something a tagger can find.
                    }
                    else
                    {
                        openTimex.Push((text.Length, attributes));
                    }
                }
                else if (tag.SequenceEqual("/TIMEX3") && openTimex.Count > 0)
                {
                    var (start, a) = openTimex.Pop();
                    timexes.Add(new GoldTimex(
                        new TextSpan(start, text.Length),
                        a.GetValueOrDefault("type", ""),
                        a.GetValueOrDefault("value", ""),
                        a.TryGetValue("mod", out var mod) ? mod : null));
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                i = DecodeEntity(xml, i, text);
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        timexes.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new TimeMlDocument(name, text.ToString(), dct, timexes);
    }

    private static DateOnly? FindCreationTime(string xml)
    {
        var at = xml.IndexOf("CREATION_TIME", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = xml.LastIndexOf('<', at);
        var end = xml.IndexOf('>', at);
        var attributes = Attributes(xml.AsSpan(start + 1, end - start - 1));
        return attributes.TryGetValue("value", out var value) && value.Length >= 10
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static Dictionary<string, string> Attributes(ReadOnlySpan<char> tag)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < tag.Length)
        {
            var eq = tag[i..].IndexOf('=');
            if (eq < 0)
            {
                break;
            }

            var nameEnd = i + eq;
            var nameStart = nameEnd;
            while (nameStart > i && !char.IsWhiteSpace(tag[nameStart - 1]))
            {
                nameStart--;
            }

            var quote = nameEnd + 1 < tag.Length ? tag[nameEnd + 1] : '\0';
            if (quote is not ('"' or '\''))
            {
                break;
            }

            var valueEnd = tag[(nameEnd + 2)..].IndexOf(quote);
            if (valueEnd < 0)
            {
                break;
            }

            result[tag[nameStart..nameEnd].ToString()] = tag.Slice(nameEnd + 2, valueEnd).ToString();
            i = nameEnd + 2 + valueEnd + 1;
        }

        return result;
    }

    private static int DecodeEntity(string xml, int i, StringBuilder text)
    {
        var semicolon = xml.IndexOf(';', i);
        if (semicolon > i && semicolon - i <= 8)
        {
            var entity = xml.AsSpan(i + 1, semicolon - i - 1);
            string? decoded = entity switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ when entity.Length > 1 && entity[0] == '#' => NumericEntity(entity[1..]),
                _ => null,
            };
            if (decoded is not null)
            {
                text.Append(decoded);
                return semicolon + 1;
            }
        }

        // A bare ampersand (the corpora have some): keep it as text.
        text.Append('&');
        return i + 1;
    }

    private static string? NumericEntity(ReadOnlySpan<char> digits)
    {
        var hex = digits.Length > 0 && digits[0] is 'x' or 'X';
        return int.TryParse(hex ? digits[1..] : digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && code is > 0 and <= 0x10FFFF
            ? char.ConvertFromUtf32(code)
            : null;
    }
}
