using Microsoft.Playwright;

namespace Claimline.Server.Tests;

/// <summary>
/// The web UI in a real browser: Debian's chromium driven by Playwright. Screenshots of each page are saved under
/// <c>artifacts/screenshots/</c> in the repository. Skips with the reason when chromium is not installed
/// (<c>apt-get install chromium</c>; .ci/run installs it).
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
    public async Task Entity_page_shows_roles_documents_and_quotes_in_date_order()
    {
        var page = await NewPage();
        await page.GotoAsync($"{server.BaseAddress}#/entities?kind=person");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nadia Rahman" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nadia Rahman" }).WaitForAsync();
        Assert.Contains("relief minister", await page.Locator("aside").TextContentAsync(), StringComparison.Ordinal);
        var quotes = page.Locator("#entity-quotes li");
        Assert.True(await quotes.CountAsync() >= 1);
        Assert.Contains("We need boats", await page.Locator("#entity-quotes").TextContentAsync(), StringComparison.Ordinal);
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

    private async Task<IPage> NewPage()
    {
        if (_browser is null)
        {
            Assert.Skip($"{Chromium} is not installed (apt-get install chromium).");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        return await context.NewPageAsync();
    }

    private static async Task Screenshot(IPage page, string name)
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
    }
}
