using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claimline.Store;

/// <summary>
/// Enum values as the JSON schema writes them (the <c>JsonStringEnumMemberName</c> where there is one, camelCase
/// otherwise), so that the store's text columns and the documents' JSON say the same thing: <c>at_most</c>, <c>count</c>.
/// </summary>
internal static class EnumNames
{
    private static readonly ConcurrentDictionary<Enum, string> s_names = new();

    public static string Of(Enum value) => s_names.GetOrAdd(value, static v =>
    {
        var name = v.ToString();
        var member = v.GetType().GetField(name, BindingFlags.Public | BindingFlags.Static);
        return member?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(name);
    });

    /// <summary>The enum value a stored name stands for; <paramref name="fallback"/> for a name this program does not know.</summary>
    public static T Parse<T>(string? name, T fallback)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Of(value), name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return fallback;
    }
}
