using Microsoft.Data.Sqlite;

namespace Claimline.Cli.Tests.Queue;

/// <summary>
/// The contents of a store's tables as sorted rows, keyed so that two stores written in different orders compare
/// equal: row ids, the time of ingest and near-duplicate links (order-dependent) are left out, and every reference to
/// a document becomes that document's content hash (a claim's quantity: the hash and the quantity's ordinal).
/// </summary>
internal static class StoreDump
{
    public static readonly string[] Tables =
        ["documents", "sections", "datelines", "sentences", "simhash_bands", "referents", "mentions", "quotes", "times", "quantities", "concepts", "claims", "events"];

    public static Dictionary<string, List<string>> Read(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            var columns = Columns(connection, table)
                .Where(c => c is not ("id" or "ingested_at" or "duplicate_of"))
                .Select(c => (table, c) switch
                {
                    (_, "document") => "(SELECT content_hash FROM documents d WHERE d.id = t.document)",
                    ("claims", "quantity") => "(SELECT d.content_hash || '#' || q.ordinal FROM quantities q JOIN documents d ON d.id = q.document WHERE q.id = t.quantity)",
                    _ => $"t.\"{c}\"",
                })
                .ToList();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns)} FROM {table} t";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                }

                rows.Add(string.Join(" | ", values));
            }

            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }

        return dump;
    }

    public static long Count(string path, string sql)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet
        }
    }

    /// <summary>Fails with the table and the first row that differs, not a 2,000-line diff.</summary>
    public static void AssertEqual(Dictionary<string, List<string>> expected, Dictionary<string, List<string>> actual)
    {
        foreach (var table in Tables)
        {
            var (want, got) = (expected[table], actual[table]);
            var missing = want.Except(got, StringComparer.Ordinal).FirstOrDefault();
            var extra = got.Except(want, StringComparer.Ordinal).FirstOrDefault();
            Assert.True(
                want.Count == got.Count && missing is null && extra is null,
                $"table {table}: {want.Count} rows in the plain ingest, {got.Count} from the workers; first missing: {missing ?? "none"}; first extra: {extra ?? "none"}");
        }
    }

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
