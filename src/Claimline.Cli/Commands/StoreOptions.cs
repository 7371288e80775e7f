using System.CommandLine;
using Claimline.Store;

namespace Claimline.Cli.Commands;

/// <summary>The <c>--db</c> option shared by the commands that use the store.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = $"The store: a SQLite file, or a PostgreSQL database (postgres://user@host:port/dbname, or Host=…;Database=…). Default: {ClaimlineStore.DefaultPath} in the working directory.",
        DefaultValueFactory = _ => ClaimlineStore.DefaultPath,
    };

    /// <summary>Opens an existing store for a query command, or prints why not and returns null.</summary>
    public static ClaimlineStore? OpenExisting(string path)
    {
        try
        {
            return ClaimlineStore.Open(path, mustExist: true);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"claimline: {e.Message}");
            return null;
        }
    }
}
