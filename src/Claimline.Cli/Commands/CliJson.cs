using System.Text.Encodings.Web;
using System.Text.Json;

namespace Claimline.Cli.Commands;

/// <summary>JSON settings for command output other than documents (documents use DocumentJson).</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
