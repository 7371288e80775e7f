using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Claimline.Server.Tests;

/// <summary>
/// The web UI in a real browser: Debian's chromium driven by Playwright. Screenshots of each page are saved under
/// <c>artifacts/screenshots/</c> in the repository; with <c>CLAIMLINE_DOC_SCREENSHOTS=1</c> the ones the README
/// shows are also written to <c>docs/screenshots/</c> (off by default so that a test run leaves the tree clean).
/// Skips with the reason when chromium is not installed (<c>apt-get install chromium</c>; .ci/run installs it).
/// </summary>
public sealed class BrowserTests(ServerFixture server) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task Document_list_opens_an_article_with_its_structure_marked()
    {
        var page = await NewPage();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "flood" }).ClickAsync();
        await page.WaitForSelectorAsync("#article-text");

        var dateline = page.Locator(".mark.dateline");
        Assert.Equal("DHAKA, Bangladesh (AP) —", await dateline.First.TextContentAsync());
        Assert.Equal("AP Photo/Maria Lenz", await page.Locator(".mark.credit").First.TextContentAsync());
        Assert.Equal(1, await page.Locator("p.caption").CountAsync());
        Assert.Equal("United Nations", await page.Locator(".mark.ent-ORG").First.TextContentAsync());
        Assert.Equal("Friday", await page.Locator("#article-text p:not(.caption) .mark.time").First.TextContentAsync());

        await dateline.First.ClickAsync();
        Assert.Contains("AP", await page.Locator("#details [data-detail='datelines']").TextContentAsync(), StringComparison.Ordinal);
        await Screenshot(page, "article");
    }

    [Fact]
    public async Task Selecting_a_quote_draws_its_sentence_as_a_dependency_tree()
    {
        var page = await NewPage();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "flood" }).ClickAsync();
        await page.WaitForSelectorAsync("#article-text");

        await page.Locator(".mark.quote").First.ClickAsync();
        var tree = page.Locator("#sentence-tree svg.tree");
        await tree.WaitForAsync();
        // One arc per word but the root, each labelled with a UD relation; the reporting verb's subject is among them.
        var words = await tree.Locator("text.word").CountAsync();
        Assert.True(words >= 3, $"{words} words drawn");
        Assert.Equal(words - 1, await tree.Locator("g.arc").CountAsync());
        var labels = await tree.Locator("g.arc text.label").AllTextContentsAsync();
        Assert.Contains("nsubj", labels);
        Assert.Equal(words, await tree.Locator("text.tag").CountAsync());
        await Screenshot(page, "tree");
    }

    [Fact]
    public async Task Entity_page_shows_roles_documents_and_quotes_in_date_order()
    {
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/entities?kind=person");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nadia Rahman" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nadia Rahman" }).WaitForAsync();
        Assert.Contains("relief minister", await page.Locator("aside").TextContentAsync(), StringComparison.Ordinal);
        var quotes = page.Locator("#entity-quotes li");
        Assert.True(await quotes.CountAsync() >= 1);
        var listed = await page.Locator("#entity-quotes").TextContentAsync();
        Assert.Contains("We need boats", listed, StringComparison.Ordinal);
        Assert.Matches(@"attribution \d{1,3}% sure", listed);
        await Screenshot(page, "entity");
    }

    [Fact]
    public async Task Places_map_draws_the_world_and_the_places_of_the_stored_articles()
    {
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/places");
        await page.WaitForSelectorAsync("svg.map circle.place");
        Assert.True(await page.Locator("svg.map path.land").CountAsync() > 100);
        var bangladesh = page.Locator("svg.map circle[data-key='country:BD']");
        Assert.Equal(1, await bangladesh.CountAsync());
        var cx = double.Parse((await bangladesh.GetAttributeAsync("cx"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(cx, 700, 760); // 90° E on a 1000-wide equirectangular map
        await Screenshot(page, "places");
    }

    [Fact]
    public async Task Search_box_finds_articles()
    {
        var page = await NewPage();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.WaitForSelectorAsync("table.docs");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("fertilizer");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Search: fertilizer" }).WaitForAsync();
        Assert.Equal(1, await page.Locator("table.docs tbody tr").CountAsync());
        await Screenshot(page, "search");
    }

    [Fact]
    public async Task Stored_hostile_article_is_shown_as_text_and_runs_no_script()
    {
        var page = await NewPage();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync($"{server.BaseAddress}#/doc/{server.HostileId}");
        await page.WaitForSelectorAsync("#article-text");
        await page.Locator("#article-text .mark").First.HoverAsync();
        await page.Locator("#article-text .mark").First.ClickAsync();

        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__pwned === undefined ? 0 : window.__pwned"));
        Assert.Equal(0, await page.Locator("#article-text script, #article-text img, #article-text svg, #article-text a, #article-text b").CountAsync());
        Assert.Contains("<script>window.__pwned=3</script>", await page.Locator("#article-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
        await Screenshot(page, "hostile-stored");
    }

    [Fact]
    public async Task Events_page_lists_actor_action_target_and_counts_per_root_and_filters_by_actor()
    {
        var page = await NewPage();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Events", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#events tbody tr");

        var table = await page.Locator("#events").TextContentAsync();
        Assert.Contains("Employ aerial weapons", table, StringComparison.Ordinal);
        Assert.Contains("United States", table, StringComparison.Ordinal);
        // The hostile event's names and codes show as text; nothing in them runs.
        Assert.Contains(ServerFixture.HostileActor, table, StringComparison.Ordinal);
        Assert.Contains("<svg onload=window.__pwned=9>", table, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img, main script, #events svg").CountAsync());
        Assert.Equal(1, await page.Locator("#events tr.negated").CountAsync());

        // The chart: one row per root, cells per day (per month over a long span) holding every counted event; the
        // negated event is not counted.
        var counts = (await server.Client.GetFromJsonAsync<JsonElement>("/api/events/counts")).EnumerateArray().ToList();
        var roots = counts.Select(c => c.GetProperty("root").GetString()!).Distinct().ToList();
        var cells = page.Locator("#event-chart rect.cell");
        Assert.Equal(0, await cells.CountAsync() % roots.Count);
        foreach (var root in roots)
        {
            var drawn = await page.Locator($"#event-chart rect.cell[data-root='{root}']").EvaluateAllAsync<int[]>("cells => cells.map(c => Number(c.dataset.count))");
            Assert.Equal(counts.Where(c => c.GetProperty("root").GetString() == root).Sum(c => c.GetProperty("count").GetInt32()), drawn.Sum());
        }

        Assert.Contains("19 Fight", await page.Locator("#event-chart").TextContentAsync(), StringComparison.Ordinal);
        await Screenshot(page, "events");

        await page.Locator("#event-actor").FillAsync("USA");
        await page.Locator("#event-actor").PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.hash.includes('actor=USA')");
        await page.WaitForSelectorAsync("#events tbody tr >> nth=0");
        Assert.Equal(1, await page.Locator("#events tbody tr").CountAsync());
        Assert.Contains("Demand", await page.Locator("#events tbody").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__pwned === undefined ? 0 : window.__pwned"));
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Article_marks_event_triggers_and_lists_its_events()
    {
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/doc/{server.EventsId}");
        await page.WaitForSelectorAsync("#article-events li");
        Assert.Equal(4, await page.Locator("#article-events li").CountAsync());
        Assert.Contains("195 Employ aerial weapons", await page.Locator("#article-events").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#article-events li.negated").CountAsync());

        var fired = page.Locator("#article-text .mark.event", new() { HasText = "fired" });
        Assert.Equal("fired", await fired.TextContentAsync());
        await fired.ClickAsync();
        var card = await page.Locator("#details [data-detail='events']").TextContentAsync();
        Assert.Contains("Employ aerial weapons", card, StringComparison.Ordinal);
        Assert.Contains("North Korea", card, StringComparison.Ordinal);

        await page.Locator("#article-text .mark.event", new() { HasText = "stop" }).ClickAsync();
        Assert.Contains("<script>window.__pwned=12</script>", await page.Locator("#details [data-detail='events']").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("aside script, aside img, aside svg, #details a[href^='javascript']").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__pwned === undefined ? 0 : window.__pwned"));
        await Screenshot(page, "article-events");
    }

    [Fact]
    public async Task Pasted_hostile_article_is_analyzed_and_runs_no_script()
    {
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/analyze");
        await page.Locator("#paste").FillAsync(ServerFixture.HostileArticle);
        await page.Locator("#analyze").ClickAsync();
        await page.WaitForSelectorAsync("#result #article-text");

        Assert.Equal("PARIS (AP) —", await page.Locator("#result .mark.dateline").First.TextContentAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__pwned === undefined ? 0 : window.__pwned"));
        Assert.Equal(0, await page.Locator("#result script, #result img, #result svg, #result #article-text a").CountAsync());
        await Screenshot(page, "analyze-hostile");
    }

    [Fact]
    public async Task Concept_timeline_draws_each_holder_and_opens_a_points_evidence_from_the_keyboard()
    {
        var timeline = await server.Client.GetFromJsonAsync<JsonElement>($"/api/concepts/{Uri.EscapeDataString(ServerFixture.TroopConcept)}/timeline");
        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();
        var holders = timeline.GetProperty("holders").EnumerateArray().ToList();

        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/concepts");
        await page.GetByRole(AriaRole.Link, new() { Name = "ET troops in SO" }).ClickAsync();
        await page.WaitForSelectorAsync("#timeline-chart .point");

        // One point per dated claim, one legend entry per holder, a line for each holder with two figures or more.
        Assert.Equal(entries.Count(e => e.GetProperty("date").ValueKind == JsonValueKind.String), await page.Locator("#timeline-chart .point").CountAsync());
        Assert.Equal(holders.Select(h => h.GetProperty("holder").GetString()), await page.Locator("#timeline-legend .holder-name").AllTextContentsAsync());
        Assert.Equal(holders.Count(h => h.GetProperty("entries").GetArrayLength() > 1), await page.Locator("#timeline-chart polyline.series").CountAsync());
        Assert.Equal(entries.Count, await page.Locator("#timeline-table tbody tr").CountAsync());
        Assert.Equal(entries.Select(e => e.GetProperty("figure").GetString()), await page.Locator("#timeline-table tbody tr td:nth-child(3)").AllTextContentsAsync());

        // Qualifiers are visible: the denial is a cross at 0, "up to" a band from 0 under an open marker.
        Assert.Equal(1, await page.Locator("#timeline-chart .point.denied .cross").CountAsync());
        Assert.Equal(1, await page.Locator("#timeline-chart .point.q-at_most .band").CountAsync());
        Assert.Equal(1, await page.Locator("#timeline-chart .point.q-at_most .marker.open").CountAsync());
        Assert.True(await page.Locator("#timeline-chart .point.q-approx .band").CountAsync() >= 1);

        // Keyboard only: focus the first point, move right, open it with Enter.
        await page.Locator("#timeline-chart .point").First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Enter");
        var index = await page.EvaluateAsync<int>("() => Number(document.activeElement.dataset.index)");
        Assert.Equal(1, index);
        var entry = entries[index];
        Assert.Equal(entry.GetProperty("evidence").GetString(), await page.Locator("#evidence-panel blockquote").TextContentAsync());
        Assert.Contains(entry.GetProperty("figure").GetString()!, await page.Locator("#evidence-panel").TextContentAsync(), StringComparison.Ordinal);
        var start = entry.GetProperty("start").GetInt32();
        var end = entry.GetProperty("end").GetInt32();
        Assert.Equal($"#/doc/{entry.GetProperty("document").GetInt64()}?at={start}-{end}", await page.Locator("#evidence-link").GetAttributeAsync("href"));
        Assert.True(await page.Locator("#comparisons li.conflict").CountAsync() >= 1);
        await Screenshot(page, "timeline", forDocs: true);

        // The article link opens the source article with the evidence sentence highlighted.
        await page.Locator("#evidence-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#article-text .evidence");
        Assert.Equal(entry.GetProperty("evidence").GetString(), string.Concat(await page.Locator("#article-text .evidence").AllTextContentsAsync()));
        await Screenshot(page, "timeline-source-article");
    }

    [Fact]
    public async Task Article_claims_open_a_card_with_holder_figure_qualifier_date_and_concept()
    {
        var claims = await server.Client.GetFromJsonAsync<JsonElement>("/api/claims?holder=kenya&limit=5");
        var claim = claims.EnumerateArray().Single(c => c.GetProperty("qualifier").GetString() == "at_most");
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/doc/{claim.GetProperty("document").GetInt64()}");
        await page.WaitForSelectorAsync("#article-text .mark.claim");

        var mark = page.Locator("#article-text .mark.claim", new() { HasText = "up to 6,000" }).First;
        await mark.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var card = page.Locator("#details [data-detail='claims']");
        var text = await card.TextContentAsync();
        foreach (var expected in new[] { "Kenya", "up to 6,000", "at_most", claim.GetProperty("date").GetString()!, "ET troops in SO" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.True(await page.Locator("#article-claims li").CountAsync() >= 2);
        await Screenshot(page, "article-claims", forDocs: true);
        await card.GetByRole(AriaRole.Link, new() { Name = "ET troops in SO" }).ClickAsync();
        await page.WaitForSelectorAsync("#timeline-chart .point");
    }

    [Fact]
    public async Task Entity_page_lists_the_claims_the_entity_holds()
    {
        var held = await server.Client.GetFromJsonAsync<JsonElement>("/api/entities/country%3ASO/claims?limit=100");
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/entity/country%3ASO");
        await page.WaitForSelectorAsync("#entity-claims");
        Assert.Equal(held.GetArrayLength(), await page.Locator("#entity-claims tbody tr").CountAsync());
        Assert.Equal(held.GetArrayLength(), await page.Locator("#entity-claims a[href^='#/concept/troop%7CET%7CSO']").CountAsync());
        await Screenshot(page, "entity-claims");
    }

    [Fact]
    public async Task Article_without_a_title_is_headed_by_its_headline_and_its_wire_header_is_a_line_of_its_own()
    {
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/doc/{server.BrusselsId}");
        await page.WaitForSelectorAsync("#article-text");
        Assert.Equal(ServerFixture.BrusselsHeadline, await page.Locator("main h1").TextContentAsync());
        Assert.Equal(ServerFixture.BrusselsHeadline, (await page.Locator("#article-text p.title").TextContentAsync())?.Trim());
        Assert.Equal("date 2025-06-05", (await page.Locator("#article-text p.header-line").TextContentAsync())?.Trim());

        await page.GotoAsync(server.BaseAddress.ToString());
        Assert.Equal(ServerFixture.BrusselsHeadline, await page.Locator($"a[href='#/doc/{server.BrusselsId}']").TextContentAsync());
    }

    [Fact]
    public async Task Article_and_timeline_pages_open_at_their_top()
    {
        var page = await NewPage(height: 400);
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.WaitForSelectorAsync("table.docs");
        foreach (var hash in new[] { $"#/doc/{server.WireId}", $"#/concept/{Uri.EscapeDataString(ServerFixture.TroopConcept)}", "#/concepts" })
        {
            await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
            await page.EvaluateAsync($"() => {{ location.hash = '{hash}'; }}");
            await page.WaitForFunctionAsync($"() => location.hash === '{hash}' && document.querySelector('main h1') !== null");
            await page.WaitForTimeoutAsync(300);
            Assert.Equal(0, await page.EvaluateAsync<int>("() => Math.round(window.scrollY)"));
        }
    }

    [Fact]
    public async Task Person_page_shows_the_claims_they_voice_and_an_article_lists_a_restated_claim_once()
    {
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/entity/person%3Aahmed-farah");
        await page.WaitForSelectorAsync("#entity-claims");
        Assert.True(await page.Locator("#entity-claims tbody tr").CountAsync() >= 1);
        Assert.Equal(0, await page.GetByText("No claims held.").CountAsync());

        var docs = await server.Client.GetFromJsonAsync<JsonElement>("/api/documents?limit=200");
        var horn = docs.EnumerateArray().Single(d => d.GetProperty("key").GetString() == "horn-monitor-2025-03-03").GetProperty("id").GetInt64();
        await page.GotoAsync($"{server.BaseAddress}#/doc/{horn}");
        await page.WaitForSelectorAsync("#article-claims");
        var listed = await page.Locator("#article-claims li").AllTextContentsAsync();
        Assert.Single(listed, l => l.StartsWith("Somalia: about 7,000", StringComparison.Ordinal));
    }

    private async Task<IPage> NewPage(int height = 900)
    {
        if (_browser is null)
        {
            Assert.Skip($"{Chromium} is not installed (apt-get install chromium).");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = height } });
        return await context.NewPageAsync();
    }

    private static async Task Screenshot(IPage page, string name, bool forDocs = false)
    {
        var root = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Claimline.slnx")))
            {
                root = dir.FullName;
                break;
            }
        }

        var folder = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        if (forDocs && Environment.GetEnvironmentVariable("CLAIMLINE_DOC_SCREENSHOTS") == "1")
        {
            // What a laptop screen shows from the top of the page, not the whole page: the README's pictures stay small.
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(root, "docs", "screenshots", name + ".png") });
        }
    }
}
