using Claimline.Resources;

namespace Claimline.Claims;

/// <summary>The claims stage's word lists (<c>Claims/Resources/en/</c>), loaded once and shared read-only.</summary>
public sealed class ClaimLexicon
{
    private const string Folder = "Claims/Resources/en/";

    private static readonly Lazy<ClaimLexicon> s_english = new(() => new ClaimLexicon());

    private ClaimLexicon()
    {
        var lemmas = new Dictionary<string, Modality>(StringComparer.OrdinalIgnoreCase);
        var forms = new Dictionary<string, (string Lemma, Modality Modality)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, text) in ResourceFile.ReadLines(Folder + "modalities.tsv").Skip(1))
        {
            var columns = text.Split('\t');
            if (columns.Length < 2 || !Enum.TryParse<Modality>(columns[1], ignoreCase: true, out var modality))
            {
                throw new ResourceException(Folder + "modalities.tsv", line, "expected lemma, modality (states, estimates, expects, denies), forms");
            }

            lemmas[columns[0]] = modality;
            foreach (var form in columns.Length > 2 ? columns[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                forms[form] = (columns[0], modality);
            }
        }

        Modalities = lemmas;
        VerbForms = forms;
        Auxiliaries = new HashSet<string>(ResourceFile.ReadList(Folder + "holder-auxiliaries.txt"), StringComparer.OrdinalIgnoreCase);
        BoundaryNouns = new HashSet<string>(ResourceFile.ReadList(Folder + "boundary-nouns.txt"), StringComparer.OrdinalIgnoreCase);
        Things = Map("thing-synonyms.tsv");
        CountedStates = Map("counted-states.tsv");
        FigureVerbs = Map("figure-verbs.tsv");
        Governments = Map("government-holders.tsv");
        GovernmentBodyWords = new HashSet<string>(ResourceFile.ReadList(Folder + "government-body-words.txt"), StringComparer.OrdinalIgnoreCase);
        EnvoyTitles = new HashSet<string>(ResourceFile.ReadList(Folder + "envoy-titles.txt"), StringComparer.OrdinalIgnoreCase);
        IndependentTitles = new HashSet<string>(ResourceFile.ReadList(Folder + "independent-titles.txt"), StringComparer.OrdinalIgnoreCase);
        GovernmentTitles = new HashSet<string>(ResourceFile.ReadList(Folder + "government-titles.txt"), StringComparer.OrdinalIgnoreCase);
        SpeakingRoles = new HashSet<string>(ResourceFile.ReadList(Folder + "speaking-roles.txt"), StringComparer.OrdinalIgnoreCase);
        BodyNouns = new HashSet<string>(ResourceFile.ReadList(Folder + "body-nouns.txt"), StringComparer.OrdinalIgnoreCase);
        PrivateBodyNouns = new HashSet<string>(ResourceFile.ReadList(Folder + "private-body-nouns.txt"), StringComparer.OrdinalIgnoreCase);
        GovernmentOffices = [.. ResourceFile.ReadList(Folder + "government-offices.txt").Select(line => line.Split('\t') is var f
            ? (f[0], f.Length > 1 && f[1].Length > 0 ? f[1] : null) : default)];
        OfficialNouns = new HashSet<string>(ResourceFile.ReadList(Folder + "official-nouns.txt"), StringComparer.OrdinalIgnoreCase);
        PeriodWords = new HashSet<string>(ResourceFile.ReadList(Folder + "period-words.txt"), StringComparer.OrdinalIgnoreCase);
        CountNouns = new HashSet<string>(ResourceFile.ReadList(Folder + "count-nouns.txt"), StringComparer.OrdinalIgnoreCase);
        ClauseOpeners = new HashSet<string>(ResourceFile.ReadList(Folder + "clause-openers.txt"), StringComparer.OrdinalIgnoreCase);
        ClockWords = new HashSet<string>(ResourceFile.ReadList(Folder + "clock-words.txt"), StringComparer.OrdinalIgnoreCase);
        SubnationalWords = new HashSet<string>(ResourceFile.ReadList(Folder + "subnational-words.txt"), StringComparer.OrdinalIgnoreCase);
        StateLevelWords = new HashSet<string>(ResourceFile.ReadList(Folder + "state-level-words.txt"), StringComparer.OrdinalIgnoreCase);
        var determiners = new HashSet<string>(ResourceFile.ReadList(Folder + "definite-determiners.txt"), StringComparer.OrdinalIgnoreCase);
        DefiniteDeterminers = determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ClaimLexicon English => s_english.Value;

    /// <summary>Cue lemma → modality.</summary>
    public IReadOnlyDictionary<string, Modality> Modalities { get; }

    /// <summary>A claiming verb's written form → its lemma and modality.</summary>
    public IReadOnlyDictionary<string, (string Lemma, Modality Modality)> VerbForms { get; }

    public IReadOnlySet<string> Auxiliaries { get; }

    public IReadOnlySet<string> BoundaryNouns { get; }

    /// <summary>Counted head lemma → the thing it counts.</summary>
    public IReadOnlyDictionary<string, string> Things { get; }

    /// <summary>The state a word says the counted things are in (<c>died</c> → killed), from <c>counted-states.tsv</c>.</summary>
    public IReadOnlyDictionary<string, string> CountedStates { get; }

    /// <summary>Nouns of bodies that are not the state (<c>union</c>, <c>company</c>), from <c>private-body-nouns.txt</c>.</summary>
    public IReadOnlySet<string> PrivateBodyNouns { get; }

    /// <summary>Verbs that give a figure for their subject or object (<c>rose to</c>, <c>put … at</c>), from <c>figure-verbs.tsv</c>.</summary>
    public IReadOnlyDictionary<string, string> FigureVerbs { get; }

    /// <summary>Government body key → country key.</summary>
    public IReadOnlyDictionary<string, string> Governments { get; }

    /// <summary>Words that make an organization part of a government (<c>ministry</c>, <c>police</c>).</summary>
    public IReadOnlySet<string> GovernmentBodyWords { get; }

    /// <summary>Role title words of people sent to an organization by their country (<c>ambassador</c>).</summary>
    public IReadOnlySet<string> EnvoyTitles { get; }

    /// <summary>Role title words of people who speak for themselves (<c>analyst</c>, <c>economist</c>).</summary>
    public IReadOnlySet<string> IndependentTitles { get; }

    /// <summary>Role title words of national office holders (<c>minister</c>, <c>ambassador</c>).</summary>
    public IReadOnlySet<string> GovernmentTitles { get; }

    /// <summary>Nouns that describe a body without naming it (<c>the company</c>, <c>the lender</c>).</summary>
    public IReadOnlySet<string> BodyNouns { get; }

    /// <summary>Role nouns of people who speak for a body (<c>spokeswoman</c>, <c>general secretary</c>).</summary>
    public IReadOnlySet<string> SpeakingRoles { get; }

    /// <summary>Words that make a small count a reference to known things (<c>the two leaders</c>), read as spans.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteDeterminers { get; }

    /// <summary>Names of government offices with no government-body word (<c>Foreign Office</c>), matched at the name's start.</summary>
    public IReadOnlyList<(string Name, string? Country)> GovernmentOffices { get; }

    /// <summary>The country an office's name belongs to (<c>Home Office</c> → GB), when the list gives one.</summary>
    public string? OfficeCountry(string name) => Office(name) is { Country: { } country } ? country : null;

    /// <summary>Whether an organization's name makes it part of a government (<c>Interior Ministry</c>, <c>Home Office</c>).</summary>
    public bool IsGovernmentBody(string name)
        => name.Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries).Any(GovernmentBodyWords.Contains) || Office(name) is not null;

    /// <summary>The office of <c>government-offices.txt</c> the name starts with (after an optional <c>the</c>), if any.</summary>
    private (string Name, string? Country)? Office(string name)
    {
        var bare = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        foreach (var office in GovernmentOffices)
        {
            if (bare.StartsWith(office.Name, StringComparison.OrdinalIgnoreCase))
            {
                return office;
            }
        }

        return null;
    }

    /// <summary>Head nouns of a source phrase that speak for a place named inside it (<c>Mississippi officials</c>).</summary>
    public IReadOnlySet<string> OfficialNouns { get; }

    /// <summary>Words that make the date after them a period's start or end (<c>since</c>, <c>until</c>).</summary>
    public IReadOnlySet<string> PeriodWords { get; }

    /// <summary>Nouns of a count or report whose possessive day dates the figure (<c>Monday's count</c>).</summary>
    public IReadOnlySet<string> CountNouns { get; }

    /// <summary>Words that open a clause of their own between a number and a date after it (<c>who</c>, <c>which</c>): <c>clause-openers.txt</c>.</summary>
    public IReadOnlySet<string> ClauseOpeners { get; }

    /// <summary>The words of a time of day that name no day (<c>p.m.</c>, <c>noon</c>): <c>clock-words.txt</c>.</summary>
    public IReadOnlySet<string> ClockWords { get; }

    /// <summary>Words of a level below the nation (<c>provincial</c>, <c>state</c>, <c>city</c>): <c>subnational-words.txt</c>.</summary>
    public IReadOnlySet<string> SubnationalWords { get; }

    /// <summary>Words that make a body or title a state's or province's (<c>state</c>, <c>provincial</c>): <c>state-level-words.txt</c>.</summary>
    public IReadOnlySet<string> StateLevelWords { get; }

    public Modality ModalityOf(string? cueLemma)
        => cueLemma is not null && Modalities.TryGetValue(cueLemma, out var modality) ? modality : Modality.States;

    private static Dictionary<string, string> Map(string file)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, text) in ResourceFile.ReadLines(Folder + file).Skip(1))
        {
            var columns = text.Split('\t');
            if (columns.Length != 2)
            {
                throw new ResourceException(Folder + file, line, "expected two tab-separated columns");
            }

            map[columns[0]] = columns[1];
        }

        return map;
    }
}
