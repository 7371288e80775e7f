namespace Claimline.Entities.Resolution;

/// <summary>How names are compared: case, hyphens, curly apostrophes and spacing do not count.</summary>
internal static class NameForms
{
    /// <summary><c>Park Min-soo</c> and <c>Park Min Soo</c> both give <c>park min soo</c>; <c>People’s</c> gives <c>people's</c>.</summary>
    public static string Normalize(ReadOnlySpan<char> name)
    {
        // Never longer than the name (a run of spaces and dashes becomes one space, before a later character), so one
        // buffer of its length holds it; called about 170,000 times when the place tables load.
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–')
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    public static string[] Words(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A key part: the normalized name with spaces as hyphens (<c>ana-kovac</c>).</summary>
    public static string KeyOf(string name) => Normalize(name).Replace(' ', '-');
}
