using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Claimline.Cli.Tests.Queue;

/// <summary>
/// Short invented wire stories for the queue tests, as JSONL: every one different, each with a dateline, a quote, a
/// figure someone claims and a reaction, so that referents, quotes, quantities, claims and events all get rows. Each
/// has fewer than 50 words, so none is a near-duplicate of another: which copy is "first" would depend on the order
/// the workers happen to store them in.
/// </summary>
internal static class InventedNews
{
    private static readonly (string City, string Country)[] s_places =
    [
        ("NAIROBI", "Kenya"), ("ACCRA", "Ghana"), ("LIMA", "Peru"), ("OSLO", "Norway"), ("SANTIAGO", "Chile"),
        ("KATHMANDU", "Nepal"), ("OTTAWA", "Canada"), ("WARSAW", "Poland"), ("HANOI", "Vietnam"), ("QUITO", "Ecuador"),
    ];

    private static readonly string[] s_people = ["Amara Lintu", "Tomas Velder", "Ines Marrowby", "Kofi Adjei-Brand", "Lena Sorvik", "Pavel Drusk", "Maya Okonto", "Jonas Frey", "Rita Quell"];

    private static readonly string[] s_roles = ["Foreign Minister", "Interior Minister", "army spokesman", "police chief", "Finance Minister"];

    private static readonly string[] s_things = ["refugees", "soldiers", "homes", "schools", "farmers", "workers"];

    private static readonly string[] s_outcomes = ["displaced", "deployed", "damaged", "closed", "registered", "hired"];

    private static readonly string[] s_reactions = ["rejected", "welcomed", "questioned", "disputed"];

    private static readonly string[] s_acts = ["talk to", "cooperate with", "protest to", "meet"];

    public static string Jsonl(int count)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var (city, country) = s_places[i % s_places.Length];
            var other = s_places[(i / s_places.Length + i + 3) % s_places.Length].Country;
            if (other == country)
            {
                other = s_places[(i + 1) % s_places.Length].Country;
            }

            var person = s_people[(i / 3) % s_people.Length];
            var role = s_roles[(i / 7) % s_roles.Length];
            var k = (i / 11) % s_things.Length;
            var figure = (1000 + (i * 37)).ToString("N0", CultureInfo.InvariantCulture);
            var date = new DateOnly(2025, 1, 1).AddDays(i % 300);
            var text = $"{city}, {country} — {country}'s {role} {person} said on Monday that {figure} {s_things[k]} had been {s_outcomes[k]} since March. " +
                       $"\"We will {s_acts[i % s_acts.Length]} {other},\" {person.Split(' ')[^1]} told reporters. {other} {s_reactions[i % s_reactions.Length]} the figure.";
            var line = new Dictionary<string, string>
            {
                ["id"] = $"invented-{i:D4}",
                ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["source"] = i % 2 == 0 ? "Invented Wire" : "Imaginary Post",
                ["title"] = $"{country} puts {s_things[k]} at {figure}",
                ["text"] = text,
            };
            lines.Append(JsonSerializer.Serialize(line)).Append('\n');
        }

        return lines.ToString();
    }
}
