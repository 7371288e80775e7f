using Npgsql;

namespace Claimline.Cli.Tests;

/// <summary>
/// A schema of its own in the test database that .ci/run starts (<c>CLAIMLINE_TEST_POSTGRES</c>), so that tests
/// sharing the server never see each other's tables; dropped on dispose. Creating one skips the calling test, with
/// the reason, when no server is configured (a user's clone).
/// </summary>
internal sealed class TestPostgresSchema : IDisposable
{
    public const string Variable = "CLAIMLINE_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _schema;

    private TestPostgresSchema(string server, string schema, string connectionString)
    {
        _server = server;
        _schema = schema;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string a store (<c>--db</c>) is given: the test server with this schema as its search path.</summary>
    public string ConnectionString { get; }

    /// <param name="prefix">Starts the schema's name, to tell tests apart when looking at the server.</param>
    /// <param name="applicationName">Set on the store's connections, so that a test can find (and cut) its own.</param>
    public static TestPostgresSchema Create(string prefix, string? applicationName = null)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts a throw-away cluster).");
        }

        var schema = $"{prefix}_{Guid.NewGuid():N}";
        Execute(server, $"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        if (applicationName is not null)
        {
            builder.ApplicationName = applicationName;
        }

        return new TestPostgresSchema(server, schema, builder.ConnectionString);
    }

    /// <summary>Runs SQL on the test server, outside any store (with the rights of the server's test user).</summary>
    public void ExecuteOnServer(string sql) => Execute(_server, sql);

    public void Dispose()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        Execute(_server, $"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
