using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Store.Tests;

/// <summary>A real store file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class StoreFixture : IDisposable
{
    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create();

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-store");

    public StoreFixture() => Path = System.IO.Path.Combine(_dir.FullName, "test.db");

    public string Path { get; }

    public string Folder => _dir.FullName;

    public static Document Analyze(string text, string id, DateOnly? published = null)
        => s_pipeline.Run(DocumentReader.FromText(text, id, published));

    public string WriteFile(string name, string content)
    {
        var path = System.IO.Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}
