using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Claimline.Model;

namespace Claimline.Reading;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed (System.ServiceModel.Syndication): one document per item, its text the item's
/// content (or summary) as plain paragraphs, with the item's title, link, date and author. DTDs are refused, so a
/// hostile feed cannot expand entities. A malformed feed is one error naming the file, line and position.
/// </summary>
public static class FeedReader
{
    public static IEnumerable<ReadResult> Read(Stream stream, string origin, string idPrefix)
    {
        SyndicationFeed feed;
        try
        {
            using var xml = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = DocumentReader.DefaultMaxDocumentBytes,
                IgnoreComments = true,
            });
            feed = SyndicationFeed.Load(xml);
        }
        catch (XmlException e)
        {
            return [ReadResult.Failed(new InputException(origin, $"malformed feed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message}"))];
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or NotSupportedException)
        {
            return [ReadResult.Failed(new InputException(origin, $"not a readable RSS or Atom feed: {e.Message}"))];
        }

        return Items(feed, origin, idPrefix);
    }

    private static IEnumerable<ReadResult> Items(SyndicationFeed feed, string origin, string idPrefix)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            var itemOrigin = $"{origin}#item{number}";
            var html = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
            var body = html is null ? null : parser.ParseDocument(html).Body;
            var text = body is null ? "" : HtmlText.Of(body);
            if (text.Length == 0)
            {
                yield return ReadResult.Failed(new InputException(itemOrigin, "feed item has no text (neither content nor summary)"));
                continue;
            }

            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            var date = DateOf(item);
            yield return ReadResult.Ok(new Document(text, new DocumentMeta(
                string.IsNullOrWhiteSpace(item.Id) ? link ?? $"{idPrefix}#{number}" : item.Id,
                Source: feed.Title?.Text,
                Url: link,
                Title: item.Title?.Text,
                Published: date == default ? null : DateOnly.FromDateTime(date.UtcDateTime),
                Origin: itemOrigin,
                Byline: item.Authors.FirstOrDefault()?.Name ?? item.Authors.FirstOrDefault()?.Email)));
        }
    }

    /// <summary>
    /// The item's publication date, else its last update; none when neither parses. The feed library parses dates only
    /// when asked and throws on a malformed one (found by fuzzing: <c>&lt;pubDate&gt;Wed, 04 Mar 20x6&lt;/pubDate&gt;</c>);
    /// an item with a bad date keeps its text, undated, rather than being lost or stopping the batch.
    /// </summary>
    private static DateTimeOffset DateOf(SyndicationItem item)
    {
        foreach (var read in (ReadOnlySpan<Func<SyndicationItem, DateTimeOffset>>)[static i => i.PublishDate, static i => i.LastUpdatedTime])
        {
            try
            {
                if (read(item) is var date && date != default)
                {
                    return date;
                }
            }
            catch (Exception e) when (e is XmlException or FormatException)
            {
                // unparseable: try the next date, or leave the item undated
            }
        }

        return default;
    }
}
