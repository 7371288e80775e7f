using System.Text;

namespace Claimline.Tests.Reading;

/// <summary>A fresh directory under the system temp folder for one test, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("claimline-test");

    public string Path => _directory.FullName;

    /// <summary>The full path of <paramref name="relative"/> (with <c>/</c> separators) inside the directory.</summary>
    public string PathOf(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Writes raw bytes, creating parent folders; returns the full path.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes text as UTF-8 without a byte-order mark; returns the full path.</summary>
    public string Write(string relative, string text) => Write(relative, s_utf8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
