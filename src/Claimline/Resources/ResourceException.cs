namespace Claimline.Resources;

/// <summary>A rule or lexicon file is missing or malformed; the message names the file and line.</summary>
public sealed class ResourceException(string resource, int line, string message)
    : Exception(line > 0 ? $"{resource}:{line}: {message}" : $"{resource}: {message}")
{
    public string Resource { get; } = resource;

    public int Line { get; } = line;
}
