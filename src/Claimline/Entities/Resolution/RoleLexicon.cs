using System.Collections.Frozen;
using Claimline.Resources;

namespace Claimline.Entities.Resolution;

/// <summary>The word lists of <c>Entities/Resources/en/</c> that roles, name variants and place names are read with. Loaded once.</summary>
public sealed class RoleLexicon
{
    private const string Folder = "Entities/Resources/en/";

    private static readonly Lazy<RoleLexicon> s_english = new(() => new RoleLexicon(
        Lower(ResourceFile.ReadList(Folder + "titles.txt")),
        Lower(ResourceFile.ReadList(Folder + "role-modifiers.txt")),
        Lower(ResourceFile.ReadList(Folder + "place-suffixes.txt")),
        ResourceFile.ReadList(Folder + "body-suffixes.txt").ToFrozenSet(StringComparer.Ordinal),
        Lower(ResourceFile.ReadList(Folder + "place-features.txt")),
        Lower(ResourceFile.ReadList(Folder + "apposition-stops.txt"))));

    private RoleLexicon(FrozenSet<string> titles, FrozenSet<string> modifiers, FrozenSet<string> placeSuffixes, FrozenSet<string> bodySuffixes, FrozenSet<string> placeFeatures, FrozenSet<string> appositionStops)
    {
        AppositionStops = appositionStops;
        Titles = titles;
        Modifiers = modifiers;
        PlaceSuffixes = placeSuffixes;
        BodySuffixes = bodySuffixes;
        PlaceFeatures = placeFeatures;
    }

    public static RoleLexicon English => s_english.Value;

    /// <summary>Heads of roles: secretary, minister, ambassador, spokesman, gen. (lower case).</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Other words a role phrase may hold: defense, deputy, acting, of, to, the (lower case).</summary>
    public FrozenSet<string> Modifiers { get; }

    /// <summary>region, province, oblast … (lower case).</summary>
    public FrozenSet<string> PlaceSuffixes { get; }

    /// <summary>Words that end an apposition (who, which, is, said …), lower case.</summary>
    public FrozenSet<string> AppositionStops { get; }

    /// <summary>Last words of geographic features: peninsula, strait, river … (lower case).</summary>
    public FrozenSet<string> PlaceFeatures { get; }

    /// <summary>administration, government … (as written, lower case).</summary>
    public FrozenSet<string> BodySuffixes { get; }

    /// <summary>Military and civil ranks written as abbreviations before a name: Maj., Gen., Sen. (lower case, with the period).</summary>
    public static bool IsRank(string lower) => lower.Length > 2 && lower[^1] == '.' && lower is not "u.s." and not "u.n.";

    private static FrozenSet<string> Lower(IEnumerable<string> words)
        => words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
}
