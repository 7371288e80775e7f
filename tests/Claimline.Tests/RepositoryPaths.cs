namespace Claimline.Tests;

/// <summary>Locates the repository from the test binaries (bin/…/net10.0), so tests can read examples/ and golden files.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string TestProject => Path.Combine(Root, "tests", "Claimline.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Claimline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Claimline.slnx not found above " + AppContext.BaseDirectory);
    }
}
