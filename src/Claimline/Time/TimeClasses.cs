namespace Claimline.Time;

/// <summary>
/// The word classes the rules refer to as <c>{name}</c>: those of the lexicon (month, weekday …) and the built-in
/// number shapes that code recognises (<c>year</c>: 1600–2199; <c>day</c>: 1–31; <c>clock</c>: 10:30 …). Each class
/// has a bit in a token's mask, so a token's classes are one <c>ulong</c>.
/// </summary>
internal sealed class TimeClasses
{
    /// <summary>Classes listed in <c>lexicon.tsv</c>.</summary>
    public static readonly string[] LexiconClasses =
        ["month", "weekday", "unit", "units", "num", "ord", "dir", "tod", "season", "holiday", "tense", "speech", "zone", "measure"];

    /// <summary>Number shapes recognised in code, described in docs/writing-rules.md.</summary>
    public static readonly string[] BuiltInClasses =
        ["digits", "year", "day", "month2", "hour", "minute2", "ordnum", "decade", "clock", "slashdate", "yy", "half"];

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public TimeClasses()
    {
        foreach (var name in LexiconClasses.Concat(BuiltInClasses))
        {
            _ids[name] = _ids.Count;
        }

        Month = _ids["month"];
        Weekday = _ids["weekday"];
        Num = _ids["num"];
        Ord = _ids["ord"];
        Tense = _ids["tense"];
        Speech = _ids["speech"];
        Unit = _ids["unit"];
        Digits = _ids["digits"];
        Year = _ids["year"];
        Day = _ids["day"];
        Month2 = _ids["month2"];
        Hour = _ids["hour"];
        Minute2 = _ids["minute2"];
        OrdNum = _ids["ordnum"];
        Decade = _ids["decade"];
        Clock = _ids["clock"];
        SlashDate = _ids["slashdate"];
        Half = _ids["half"];
        Yy = _ids["yy"];
    }

    public int Month { get; }

    public int Weekday { get; }

    public int Num { get; }

    public int Ord { get; }

    public int Tense { get; }

    public int Speech { get; }

    public int Unit { get; }

    public int Digits { get; }

    public int Year { get; }

    public int Day { get; }

    public int Month2 { get; }

    public int Hour { get; }

    public int Minute2 { get; }

    public int OrdNum { get; }

    public int Decade { get; }

    /// <summary>The fraction 1/2, as in <c>2 1/2 years</c>.</summary>
    public int Half { get; }

    public int Clock { get; }

    public int SlashDate { get; }

    public int Yy { get; }

    public int Count => _ids.Count;

    public int? Find(string name) => _ids.TryGetValue(name, out var id) ? id : null;

    public bool IsBuiltIn(int id) => id >= LexiconClasses.Length;
}
