using Claimline.Resources;

namespace Claimline.Events.Dictionaries;

/// <summary>
/// PETRARCH2's CAMEO verb dictionary (<c>CAMEO.2.0.txt</c>, Open Event Data Alliance, MIT) read into verbs and their
/// patterns. The file's blocks (<c>--- ATTACK [190] ---</c>) list synonymous verbs, each with an optional code of its
/// own, then patterns over the verb's noun phrases and prepositional phrases (<c>- * (AGAINST &amp;MILITARY) [190]</c>);
/// synonym sets (<c>&amp;WEAPON</c>) stand for any of their phrases. Verbs are keyed by lemma: the pipeline's lemmas
/// stand in for the regular and irregular forms the file lists or implies. Transformations (<c>~ a (a b ATTACK) SAY</c>)
/// are counted, not used: the ontology's code combination covers most of them (see <see cref="Cameo.CameoCodes.Combine"/>).
/// </summary>
public sealed class VerbDictionary
{
    private const string DefaultPath = "Events/Resources/cameo/CAMEO.2.0.txt";

    private const string ExtraPath = "Events/Resources/cameo/verbs-extra.txt";

    private static readonly Lazy<VerbDictionary> s_english = new(() => Load(DefaultPath, ExtraPath));

    private readonly Dictionary<string, List<VerbEntry>> _byLemma;
    private readonly Dictionary<string, string> _forms;

    private VerbDictionary(Dictionary<string, List<VerbEntry>> byLemma, Dictionary<string, string> forms, int blocks, int patterns, int transformations)
    {
        _byLemma = byLemma;
        _forms = forms;
        Blocks = blocks;
        Patterns = patterns;
        Transformations = transformations;
    }

    /// <summary>The dictionary shipped with Claimline.</summary>
    public static VerbDictionary English => s_english.Value;

    /// <summary>Verb blocks read.</summary>
    public int Blocks { get; }

    /// <summary>Patterns read (those naming an undefined synonym set are dropped, as PETRARCH drops them).</summary>
    public int Patterns { get; }

    /// <summary>Transformation lines seen and not used.</summary>
    public int Transformations { get; }

    /// <summary>The entries for a verb lemma (upper case): one per block that lists it, multi-word verbs included.</summary>
    public IReadOnlyList<VerbEntry> Lookup(string lemma)
        => _byLemma.TryGetValue(lemma, out var entries) ? entries : [];

    /// <summary>
    /// The entries for a verb as written (upper case) when its lemma found none: the irregular and doubled forms the
    /// file lists (<c>EXPEL {EXPELS EXPELLING EXPELLED}</c>), else the form less a regular ending (<c>-S, -ED, -ING</c>,
    /// a doubled consonant, a dropped <c>E</c>). A lemmatizer's slip (<c>expelled</c> → <c>expell</c>) costs no event.
    /// </summary>
    public IReadOnlyList<VerbEntry> LookupForm(string form)
    {
        if (_forms.TryGetValue(form, out var listed))
        {
            return Lookup(listed);
        }

        foreach (var ending in (string[])["ING", "ED", "ES", "S", "D"])
        {
            if (form.Length <= ending.Length + 2 || !form.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = form[..^ending.Length];
            foreach (var candidate in (string[])[stem, stem + "E", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem, stem.EndsWith('I') ? stem[..^1] + "Y" : stem])
            {
                if (_byLemma.TryGetValue(candidate, out var entries))
                {
                    return entries;
                }
            }
        }

        return [];
    }

    /// <summary>Reads dictionaries in PETRARCH2's verb format from resource paths; later files see the synonym sets of earlier ones.</summary>
    public static VerbDictionary Load(params string[] paths)
    {
        var synsets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var byLemma = new Dictionary<string, List<VerbEntry>>(StringComparer.Ordinal);
        List<string[]>? synset = null;
        VerbBlock? block = null;
        var verbsOfBlock = new List<(string Lemma, string[] Before, string[] After, string? Code)>();
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        int blocks = 0, patterns = 0, transformations = 0;

        void CloseBlock()
        {
            if (block is null)
            {
                return;
            }

            foreach (var (lemma, before, after, code) in verbsOfBlock)
            {
                if (!byLemma.TryGetValue(lemma, out var list))
                {
                    byLemma[lemma] = list = [];
                }

                list.Add(new VerbEntry(lemma, before, after, code ?? block.Code, block));
            }

            verbsOfBlock.Clear();
            block = null;
        }

        foreach (var (path, line, raw) in paths.SelectMany(p => ResourceFile.ReadLines(p).Select(l => (p, l.Line, l.Text))))
        {
            var text = StripComment(raw).TrimEnd();
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                CloseBlock();
                synset = null;
                var codes = BracketCodes.First(text);
                var name = text.Trim('-', ' ');
                name = codes is not null ? name[..name.IndexOf('[', StringComparison.Ordinal)].Trim() : name;
                block = new VerbBlock(name, codes is { } found ? CodeOrNull(found.Content) : null, []);
                blocks++;
                continue;
            }

            if (text.StartsWith('&'))
            {
                var label = text.Trim();
                synset = [];
                synsets[label] = synset;
                continue;
            }

            if (text.StartsWith('~'))
            {
                transformations++;
                continue;
            }

            if (block is null)
            {
                // Before the first block only synonym sets live: `+PHRASE` adds to the open one.
                if (synset is not null && text.StartsWith('+'))
                {
                    synset.Add(Words(text[1..]));
                }

                continue;
            }

            if (text.StartsWith('-'))
            {
                if (VerbPattern.Read(text, synsets) is { } pattern)
                {
                    block.Patterns.Add(pattern);
                    patterns++;
                }

                continue;
            }

            // A verb line: `HURRY {HURRIES …}`, `+CORDON_OFF {…} [160]`, `WIRE_+TAP`.
            var verbCode = BracketCodes.First(text) is { } codeMatch ? CodeOrNull(codeMatch.Content) ?? VerbEntry.NoEvent : null;
            var phrase = text;
            var cut = phrase.IndexOfAny(['{', '[']);
            if (cut >= 0)
            {
                phrase = phrase[..cut];
            }

            phrase = phrase.Trim();
            if (phrase.Length == 0)
            {
                throw new ResourceException(path, line, $"a verb line without a verb: '{raw}'");
            }

            var parts = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
            var main = Array.FindIndex(parts, p => p.StartsWith('+'));
            if (main < 0)
            {
                main = 0;
            }

            var verb = parts[main].TrimStart('+');
            verbsOfBlock.Add((verb, parts[..main], parts[(main + 1)..], verbCode));

            // `{EXPELS EXPELLING EXPELLED}`: the forms of a single-word verb, for lemmas the tagger gets wrong.
            var open = text.IndexOf('{', StringComparison.Ordinal);
            var close = open >= 0 ? text.IndexOf('}', open) : -1;
            if (parts.Length == 1 && close > open)
            {
                foreach (var form in text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    forms.TryAdd(form.TrimStart('+'), verb);
                }
            }
        }

        CloseBlock();
        return new VerbDictionary(byLemma, forms, blocks, patterns, transformations);
    }

    private static string? CodeOrNull(string code)
    {
        code = code.Trim();
        return code.Length == 0 ? null : code;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    internal static string[] Words(string phrase)
        => phrase.Trim().TrimEnd('_').Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A verb block: its description, default code (null: the isolated verb codes no event) and patterns.</summary>
public sealed record VerbBlock(string Name, string? Code, List<VerbPattern> Patterns);

/// <summary>
/// One verb of a block: its lemma, the words that must stand right before or after it in a multi-word verb
/// (<c>WIRE_+TAP</c>, <c>+CORDON_OFF</c>) and its code when alone (its own, else the block's; <see cref="NoEvent"/>
/// or null for none).
/// </summary>
public sealed record VerbEntry(string Lemma, string[] Before, string[] After, string? Code, VerbBlock Block)
{
    /// <summary>The dictionary's null code: the verb or pattern codes no event.</summary>
    public const string NoEvent = "---";
}
