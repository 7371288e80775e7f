using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Claimline.Model;

namespace Claimline.Reading;

/// <summary>
/// Reads a news web page: parses it with AngleSharp (the page's own charset declaration is honoured), takes the
/// canonical URL and publication date from its metadata, extracts the main content with SmartReader (a port of
/// Mozilla's Readability), and turns that content into paragraphs of plain text. Scripts never run; markup never
/// reaches the text.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Pages with more elements than this are cut short by SmartReader rather than parsed forever.</summary>
    private const int MaxElements = 200_000;

    private static readonly string[] s_dateMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date",
    ];

    public static Document Read(Stream html, string id, string origin, string? url = null, DateOnly? fallbackDate = null)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        IHtmlDocument page;
        try
        {
            page = parser.ParseDocument(html);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException(origin, $"cannot parse HTML: {e.Message}");
        }

        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var date = MetaDate(page) ?? fallbackDate;
        var pageUrl = AbsoluteUrl(canonical) ?? AbsoluteUrl(url) ?? "https://unknown.invalid/";

        SmartReader.Article article;
        try
        {
            article = new SmartReader.Reader(pageUrl, page)
            {
                MaxElemsToParse = MaxElements,
                ContinueIfNotReadable = true,
                Debug = false,
            }.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException(origin, $"cannot extract the article from the HTML: {e.Message}");
        }

        var content = article.Content is { Length: > 0 } ? parser.ParseDocument(article.Content).Body : page.Body;
        var text = content is null ? "" : HtmlText.Of(content);
        if (text.Length == 0)
        {
            throw new InputException(origin, "the page has no article text");
        }

        date ??= article.PublicationDate is { } published ? DateOnly.FromDateTime(published) : null;
        var title = string.IsNullOrWhiteSpace(article.Title) ? page.Title : article.Title;
        return new Document(text, new DocumentMeta(
            id,
            Source: string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName,
            Url: canonical ?? url,
            Title: string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Published: date,
            Origin: origin,
            Byline: string.IsNullOrWhiteSpace(article.Byline) ? null : article.Byline.Trim()));
    }

    private static DateOnly? MetaDate(IHtmlDocument page)
    {
        foreach (var name in s_dateMeta)
        {
            var meta = page.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
            var value = meta?.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(value)
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return DateOnly.FromDateTime(parsed.UtcDateTime);
            }
        }

        var time = page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return time is not null && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? DateOnly.FromDateTime(t.UtcDateTime)
            : null;
    }

    private static string? AbsoluteUrl(string? url)
        => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;
}
