namespace Claimline.SharedDataTests;

/// <summary>
/// Finds <c>../shared</c> beside the repository. These tests need it; a fresh clone has none, so they skip with the
/// reason instead of failing.
/// </summary>
internal static class SharedData
{
    private static readonly string? s_root = Find();

    public static string Path(params string[] parts)
    {
        if (s_root is null)
        {
            Assert.Skip("../shared is not present beside the repository (it holds the acceptance article and corpora).");
        }

        var path = System.IO.Path.Combine([s_root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{path} is not present in ../shared.");
        }

        return path;
    }

    /// <summary>Whether a path exists under ../shared, for test data discovery (which must not skip).</summary>
    public static bool Exists(params string[] parts)
        => s_root is not null && File.Exists(System.IO.Path.Combine([s_root, .. parts]));

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Claimline.slnx")))
            {
                var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
