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

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-server");
    private WebApplication? _app;

    public string DatabasePath => Path.Combine(_dir.FullName, "server.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public long HostileId { get; private set; }

    public long WireId { get; private set; }

    public long BrusselsId { get; private set; }

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
