using System.Text;

namespace Claimline.Entities.Resolution;

/// <summary>How names are compared: case, hyphens, curly apostrophes and spacing do not count.</summary>
internal static class NameForms
{
    /// <summary><c>Park Min-soo</c> and <c>Park Min Soo</c> both give <c>park min soo</c>; <c>People’s</c> gives <c>people's</c>.</summary>
    public static string Normalize(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    public static string[] Words(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A key part: the normalized name with spaces as hyphens (<c>ana-kovac</c>).</summary>
    public static string KeyOf(string name) => Normalize(name).Replace(' ', '-');
}
