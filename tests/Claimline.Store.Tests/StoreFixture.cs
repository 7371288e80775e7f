using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store.Backends;
using Npgsql;

namespace Claimline.Store.Tests;

/// <summary>
/// A fresh store on either backend, removed afterwards: a SQLite file in a temporary folder, or a schema of its own in
/// the test PostgreSQL database that <c>CLAIMLINE_TEST_POSTGRES</c> names (an Npgsql connection string; .ci/run starts
/// a throw-away cluster and sets it). Without it, a PostgreSQL test skips with that reason when it first asks for the
/// store, so that a clone without PostgreSQL runs everything else.
/// </summary>
public sealed class StoreFixture(StoreKind kind = StoreKind.Sqlite) : IDisposable
{
    public const string PostgresVariable = "CLAIMLINE_TEST_POSTGRES";

    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create();

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-store");
    private string? _schema;
    private string? _postgres;

    public StoreKind Kind { get; } = kind;

    /// <summary>The SQLite file (SQLite tests only).</summary>
    public string Path => System.IO.Path.Combine(_dir.FullName, "test.db");

    public string Folder => _dir.FullName;

    /// <summary>What <see cref="ClaimlineStore.Open"/> is given: the SQLite file, or the test database with its own schema first on the search path.</summary>
    public string Location => Kind == StoreKind.Sqlite ? Path : _postgres ??= CreateSchema();

    public ClaimlineStore Open() => ClaimlineStore.Open(Location);

    /// <summary>The test database's connection string; skips the calling test when none is configured.</summary>
    public static string PostgresConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Skip($"{PostgresVariable} is not set: no PostgreSQL server to test against (.ci/run starts a throw-away cluster; README says how to run one).");
        }

        return value;
    }

    public static Document Analyze(string text, string id, DateOnly? published = null)
        => s_pipeline.Run(DocumentReader.FromText(text, id, published));

    public string WriteFile(string name, string content)
    {
        var path = System.IO.Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs SQL on the test database outside any store (creating and dropping schemas, breaking things on purpose).</summary>
    public static void ExecutePostgres(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_schema is not null)
        {
            // Close this schema's idle pooled connections first: each schema has a pool of its own.
            using (var pooled = new NpgsqlConnection(_postgres))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            ExecutePostgres(PostgresConnectionString(), $"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }

        _dir.Delete(recursive: true);
    }

    private string CreateSchema()
    {
        var connectionString = PostgresConnectionString();
        _schema = $"test_{Guid.NewGuid():N}";
        ExecutePostgres(connectionString, $"CREATE SCHEMA {_schema}");
        return new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = _schema }.ConnectionString;
    }
}
