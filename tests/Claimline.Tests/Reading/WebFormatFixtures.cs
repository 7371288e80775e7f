using System.IO.Compression;
using System.Text;

namespace Claimline.Tests.Reading;

/// <summary>Small invented web inputs (a news page, a feed, WARC records) for the reader tests.</summary>
internal static class WebFormatFixtures
{
    public const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Harbor reopens | Example News</title>
          <link rel="canonical" href="https://news.example.com/2025/04/harbor-reopens">
          <meta property="article:published_time" content="2025-04-02T09:30:00Z">
          <meta name="author" content="Jane Doe">
          <script>window.alert('should never run')</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Harbor reopens after cargo spill</h1>
            <p class="byline">By Jane Doe</p>
            <p>VALLETTA, Malta (AP) — The harbor reopened on Wednesday after divers recovered 14 containers that fell from a ferry, port officials said.</p>
            <p>“We worked through the night,” said Marco Vella, the harbor master. “Traffic is back to normal.”</p>
            <p>The ferry operator said it would pay for the clean-up, estimated at about 2 million euros, and that an inquiry would report in the coming weeks.</p>
            <p onclick="steal()">Inspectors will also check <a href="javascript:alert(1)">two other vessels</a> of the same class.</p>
          </article>
          <footer>Copyright Example News</footer>
        </body></html>
        """;

    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>Example Wire</title><link>https://wire.example.com/</link><description>Test feed</description>
          <item>
            <title>Rail strike ends</title>
            <link>https://wire.example.com/rail-strike-ends</link>
            <guid>wire-0001</guid>
            <pubDate>Tue, 03 Jun 2025 14:00:00 GMT</pubDate>
            <description>&lt;p&gt;LYON, France (AP) — Rail workers ended a three-day strike on Tuesday.&lt;/p&gt;&lt;p&gt;Unions said 80% of members backed the deal.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Empty item</title>
            <link>https://wire.example.com/empty</link>
          </item>
          <item>
            <title>Dam inspection</title>
            <link>https://wire.example.com/dam</link>
            <pubDate>Wed, 04 Jun 2025 08:00:00 GMT</pubDate>
            <description>Engineers inspected the dam on Wednesday.</description>
          </item>
        </channel></rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example Atom</title><id>urn:example:feed</id><updated>2025-06-05T00:00:00Z</updated>
          <entry>
            <title>Talks resume</title><id>urn:example:1</id>
            <link rel="alternate" href="https://atom.example.com/talks"/>
            <published>2025-06-05T10:00:00Z</published><updated>2025-06-05T10:00:00Z</updated>
            <author><name>Sam Reporter</name></author>
            <content type="html">&lt;p&gt;GENEVA (AP) — Negotiators resumed talks on Thursday.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    /// <summary>A WARC file: warcinfo, a request, an HTML response (chunked and gzip-encoded), a redirect, a plain-text resource.</summary>
    public static byte[] Warc(bool gzipPerRecord)
    {
        var records = new List<byte[]>
        {
            Record("warcinfo", null, "application/warc-fields", Encoding.ASCII.GetBytes("software: claimline-test\r\n")),
            Record("request", "https://news.example.com/a", "application/http; msgtype=request", Encoding.ASCII.GetBytes("GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n")),
            Record("response", "https://news.example.com/a", "application/http; msgtype=response", HttpResponse(200, Page, chunked: true, gzip: true)),
            Record("response", "https://news.example.com/old", "application/http; msgtype=response", HttpResponse(301, "moved", chunked: false, gzip: false)),
            Record("resource", "https://news.example.com/b.txt", "text/plain", Encoding.UTF8.GetBytes("BERGEN (AP) — Ferries ran late on Friday.")),
        };
        var output = new MemoryStream();
        foreach (var record in records)
        {
            if (gzipPerRecord)
            {
                using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
                gzip.Write(record);
            }
            else
            {
                output.Write(record);
            }
        }

        return output.ToArray();
    }

    public static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.0\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append("WARC-Date: 2025-04-02T10:00:00Z\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }

        header.Append($"Content-Type: {contentType}\r\n").Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    public static byte[] HttpResponse(int status, string html, bool chunked, bool gzip)
    {
        var body = Encoding.UTF8.GetBytes(html);
        if (gzip)
        {
            var compressed = new MemoryStream();
            using (var z = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(body);
            }

            body = compressed.ToArray();
        }

        if (chunked)
        {
            var chunks = new MemoryStream();
            for (var i = 0; i < body.Length; i += 100)
            {
                var n = Math.Min(100, body.Length - i);
                chunks.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
                chunks.Write(body, i, n);
                chunks.Write("\r\n"u8);
            }

            chunks.Write("0\r\n\r\n"u8);
            body = chunks.ToArray();
        }

        var headers = $"HTTP/1.1 {status} X\r\nContent-Type: text/html; charset=utf-8\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : "")
            + (gzip ? "Content-Encoding: gzip\r\n" : "")
            + "\r\n";
        return [.. Encoding.ASCII.GetBytes(headers), .. body];
    }

    public static byte[] Gzip(string text)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
