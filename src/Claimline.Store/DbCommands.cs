using System.Data.Common;

namespace Claimline.Store;

/// <summary>
/// The few ways the query classes build and read commands on either backend: <c>@name</c> parameters (both providers
/// accept them), a null for a missing value.
/// </summary>
internal static class DbCommands
{
    /// <summary>A command with <paramref name="parameters"/> bound by name; a null value binds SQL NULL.</summary>
    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(Parameter(command, name, value));
        }

        return command;
    }

    /// <summary>The first column of the first row, or null.</summary>
    public static object? Scalar(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>
    /// A parameter; a null is bound as a NULL of type text, which is what every nullable parameter of a query is (a
    /// NULL of no type cannot be compared in PostgreSQL: <c>@kind IS NULL</c>).
    /// </summary>
    public static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = System.Data.DbType.String;
        }

        return parameter;
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// An integer column, count or sum as an int, whichever type the backend returns it in: SQLite returns every integer
    /// as 64 bits, PostgreSQL an INTEGER column as 32 and <c>count()</c> or <c>sum()</c> as 64.
    /// </summary>
    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
