using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store;
using Microsoft.AspNetCore.Builder;

namespace Claimline.Server.Tests;

/// <summary>
/// A real server on a free loopback port over a real store file holding invented articles, including a hostile one,
/// and the four articles of <c>examples/claims/</c> whose claims make the concept <see cref="TroopConcept"/>.
/// Shared by the tests of a class; started once.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string IngestToken = "test-ingest-token";

    /// <summary>The concept of examples/claims/: Ethiopian troops in Somalia, held by four holders over five weeks.</summary>
    public const string TroopConcept = "troop|ET|SO";

    /// <summary>An article that tries every way of running script: tags, event handlers, javascript: links, entities.</summary>
    public const string HostileArticle = """
        date 2025-05-05 <img src=x onerror="window.__pwned=1"> A caption. (AP Photo/<script>window.__pwned=2</script>)

        PARIS (AP) — <script>window.__pwned=3</script> Officials said <b onmouseover="window.__pwned=4">bold</b> claims about <a href="javascript:window.__pwned=5">a link</a> were false. &lt;script&gt;window.__pwned=6&lt;/script&gt; "</p><svg onload=window.__pwned=7>" said Jean Martin.
        """;

    /// <summary>The headline of a wire article that gives no title: the line below its <c>date</c> header.</summary>
    public const string BrusselsHeadline = "Ministers back a plan for machinery makers";

    /// <summary>A wire story whose events are set by hand (the surfaces are tested, not the coder), one of them hostile.</summary>
    public const string EventsArticle = "date 2025-06-02\n\nSEOUL (AP) — North Korea fired a ballistic missile on Monday. The United States, South Korea and Japan demanded that Pyongyang stop. North Korea denied sending troops to Russia.";

    /// <summary>What the hostile event's actor is called: markup that must show as text.</summary>
    public const string HostileActor = "<img src=x onerror=\"window.__pwned=8\">";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-server");
    private WebApplication? _app;

    public string DatabasePath => Path.Combine(_dir.FullName, "server.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public long HostileId { get; private set; }

    public long WireId { get; private set; }

    public long BrusselsId { get; private set; }

    public long EventsId { get; private set; }

    public HttpClient Client { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var pipeline = StandardPipeline.Create();
        using (var store = ClaimlineStore.Open(DatabasePath))
        {
            WireId = store.Writer.Add(pipeline.Run(DocumentReader.FromText(
                "date 2025-03-14 Rescue boats wait at a jetty on Thursday. (AP Photo/Maria Lenz)\n\nDHAKA, Bangladesh (AP) — Rescue teams reached cut-off villages on Friday, the United Nations said. About 1.2 million people were affected.\n\n“We need boats,” said Nadia Rahman, the relief minister.",
                "flood"))).Id;
            HostileId = store.Writer.Add(pipeline.Run(DocumentReader.FromText(HostileArticle, "hostile"))).Id;
            BrusselsId = store.Writer.Add(pipeline.Run(DocumentReader.FromText($"date 2025-06-05\n{BrusselsHeadline}\n\nBRUSSELS (Reuters) - Trade ministers met on Thursday and backed the plan, officials said.", "brussels"))).Id;
            store.Writer.Add(pipeline.Run(DocumentReader.FromText("GENEVA (AP) — Negotiators met on Thursday to discuss fertilizer customs rules.", "geneva")));
            EventsId = store.Writer.Add(EventsDocument()).Id;
            foreach (var read in new DocumentReader().Read(ExamplesFile("claims", "articles.jsonl")))
            {
                store.Writer.Add(pipeline.Run(read.Document!));
            }
        }

        _app = ClaimlineServer.Create(new ServerOptions
        {
            DatabasePath = DatabasePath,
            Urls = "http://127.0.0.1:0",
            IngestToken = IngestToken,
            MaxRequestBytes = 64 * 1024,
            MaxAnalyzeBytes = 64 * 1024,
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client.BaseAddress = BaseAddress;
    }

    /// <summary>
    /// <see cref="EventsArticle"/> analyzed up to claims, with four events: a missile test (195, North Korea), a demand
    /// (100, the United States → North Korea), a denied troop deployment (074, negated, a day earlier) and a hostile
    /// one whose actor name, code, key and rule are markup.
    /// </summary>
    private static Document EventsDocument()
    {
        var document = StandardPipeline.CreateUntil("claims").Run(DocumentReader.FromText(EventsArticle, "events-wire"));
        var text = document.Text;
        TextSpan Find(string phrase)
        {
            var start = text.IndexOf(phrase, StringComparison.Ordinal);
            return new TextSpan(start, start + phrase.Length);
        }

        EventActor Actor(string phrase, string code, string name, string? key, string? country) => new(Find(phrase), code, name, key, country);
        Event Event(string trigger, string code, EventActor source, EventActor target, string date, bool negated = false, string rule = "test")
            => new(new TextSpan(Math.Min(source.Span.Start, Find(trigger).Start), Math.Max(target.Span.End, Find(trigger).End)), Find(trigger), code, source, target,
                negated, Hypothetical: false, ReportedBy: null, date, new EventPlace(null, "North Korea", "country:KP", "KP", new GeoPoint(40, 127)), rule);

        var northKorea = Actor("North Korea", "PRK", "North Korea", "country:KP", "KP");
        document.Set(Layers.Events, [
            Event("fired", "195", northKorea, Actor("a ballistic missile", "---", "a ballistic missile", null, null), "2025-06-02"),
            Event("demanded", "100", Actor("The United States", "USA", "United States", "country:US", "US"), Actor("Pyongyang", "PRKGOV", "North Korea", "country:KP", "KP"), "2025-06-02"),
            Event("sending", "074", Actor("North Korea denied", "PRKMIL", "North Korea", "country:KP", "KP"), Actor("Russia", "RUS", "Russia", "country:RU", "RU"), "2025-06-01", negated: true),
            Event("stop", "191", Actor("Japan", "<svg onload=window.__pwned=9>", HostileActor, "javascript:window.__pwned=10", null),
                Actor("Pyongyang", "---", "</td><script>window.__pwned=11</script>", null, null), "2025-06-02", rule: "<script>window.__pwned=12</script>"),
        ]);
        return document;
    }

    /// <summary>A file of the repository's examples/ folder, found above the test binaries.</summary>
    public static string ExamplesFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine([dir.FullName, "examples", .. parts]);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException($"examples/{string.Join('/', parts)} not found above {AppContext.BaseDirectory}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}
