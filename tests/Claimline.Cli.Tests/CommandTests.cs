using System.Text.Json;

namespace Claimline.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private const string Wire = "date 2025-02-03 Crews clear snow. (AP Photo/Jane Doe)\n\nOSLO (AP) — Snow closed the airport on Monday. Flights resumed.\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-cli");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Analyze_prints_one_document_as_json_and_exits_zero()
    {
        var file = Write("oslo.txt", Wire);
        var (code, stdout, _) = CliProcess.Run(null, "analyze", file);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("claimline.document/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("2025-02-03", json.RootElement.GetProperty("meta").GetProperty("published").GetString());
        Assert.Equal("OSLO", json.RootElement.GetProperty("layers").GetProperty("datelines")[0].GetProperty("place").GetString());
    }

    [Fact]
    public void Analyze_reads_standard_input()
    {
        var (code, stdout, _) = CliProcess.Run(Wire, "analyze", "-", "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("dateline OSLO (AP)", stdout, StringComparison.Ordinal);
        Assert.Contains("credit: AP Photo/Jane Doe", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_file_is_reported_the_rest_is_output_and_exit_code_is_three()
    {
        var good = Write("a.txt", Wire);
        var bad = Path.Combine(_dir.FullName, "b.txt");
        File.WriteAllBytes(bad, [0x41, 0x42, 0xC3, 0x28, 0x43]);
        var (code, stdout, stderr) = CliProcess.Run(null, "analyze", good, bad, "-f", "jsonl");
        Assert.Equal(3, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("b.txt", stderr, StringComparison.Ordinal);
        Assert.Contains("byte offset 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_blank_inputs_are_reported_as_empty_documents_and_the_batch_goes_on()
    {
        var good = Write("a.txt", Wire);
        var empty = Write("b.txt", "");
        var blank = Write("c.txt", " \n\n\t\n");
        var (code, stdout, stderr) = CliProcess.Run(null, "analyze", empty, good, blank, "-f", "jsonl");
        Assert.Equal(3, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{empty}: empty document", stderr, StringComparison.Ordinal);
        Assert.Contains($"{blank}: empty document", stderr, StringComparison.Ordinal);

        // Alone, like any other unreadable input: nothing could be read.
        var (aloneCode, aloneOut, aloneErr) = CliProcess.Run("   \n", "analyze", "-");
        Assert.Equal(4, aloneCode);
        Assert.Equal("", aloneOut);
        Assert.Contains("stdin: empty document", aloneErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_over_max_document_bytes_is_reported_not_half_analyzed()
    {
        var good = Write("a.txt", Wire);
        var big = Write("big.txt", string.Concat(Enumerable.Repeat("The council met again on Friday. ", 100)));
        var (code, stdout, stderr) = CliProcess.Run(null, "analyze", good, big, "-f", "jsonl", "--max-document-bytes", "2000");
        Assert.Equal(3, code);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"id\":\"a\"", line, StringComparison.Ordinal);
        Assert.Contains($"{big}: 3300 bytes of text, over the limit of 2000 bytes", stderr, StringComparison.Ordinal);

        Assert.Equal(0, CliProcess.Run(null, "analyze", big, "-f", "jsonl", "--max-document-bytes", "4000").ExitCode);
        Assert.Equal(2, CliProcess.Run(null, "analyze", big, "--max-document-bytes", "0").ExitCode);
    }

    [Fact]
    public void Date_title_and_source_fill_in_what_plain_text_lacks_and_never_override_the_input()
    {
        var (code, stdout, stderr) = CliProcess.Run(
            "OSLO — Snow closed the airport on Monday, officials said.\n",
            "analyze", "-", "-f", "jsonl", "--date", "2025-02-05", "--title", "Snow in Oslo", "--source", "Test Wire");
        Assert.True(code == 0, stderr);
        using (var json = JsonDocument.Parse(stdout))
        {
            var meta = json.RootElement.GetProperty("meta");
            Assert.Equal("2025-02-05", meta.GetProperty("published").GetString());
            Assert.Equal("Snow in Oslo", meta.GetProperty("title").GetString());
            Assert.Equal("Test Wire", meta.GetProperty("source").GetString());

            // Relative dates are resolved against the given date: that Monday is 3 February 2025.
            Assert.Contains(json.RootElement.GetProperty("layers").GetProperty("times").EnumerateArray(), t => t.GetProperty("value").GetString() == "2025-02-03");
        }

        // The wire header's own date wins over --date.
        var wire = CliProcess.Run(Wire, "analyze", "-", "-f", "jsonl", "--date", "2020-01-01");
        Assert.Equal(0, wire.ExitCode);
        using (var json = JsonDocument.Parse(wire.Stdout))
        {
            Assert.Equal("2025-02-03", json.RootElement.GetProperty("meta").GetProperty("published").GetString());
        }

        var (badCode, _, badErr) = CliProcess.Run(Wire, "analyze", "-", "--date", "2025-02-30");
        Assert.Equal(2, badCode);
        Assert.Contains("--date '2025-02-30' is not a date", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_shows_quotes_times_and_claims()
    {
        const string Article = "date 2025-03-04\n\nNAIROBI, Kenya (AP) — Kenya's defence minister Daniel Otieno said on Monday that about 3,000 Kenyan troops are in Somalia. “We will not leave until the job is done,” Otieno said.\n";
        var (code, stdout, stderr) = CliProcess.Run(Article, "analyze", "-", "-f", "text");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("quotes: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  Daniel Otieno: “We will not leave until the job is done,”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("times: ", StringComparison.Ordinal) && l.Contains("Monday = 2025-03-03", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("claims: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  Kenya", StringComparison.Ordinal) && l.Contains("about 3,000", StringComparison.Ordinal) && l.Contains("2025-03-03", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_documents_in_json_format_are_an_array()
    {
        var jsonl = Write("n.jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n");
        var (code, stdout, _) = CliProcess.Run(null, "analyze", jsonl);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["x", "y"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("meta").GetProperty("id").GetString()));
    }

    [Fact]
    public void Nothing_readable_exits_four()
        => Assert.Equal(4, CliProcess.Run(null, "analyze", Path.Combine(_dir.FullName, "missing.txt")).ExitCode);

    [Theory]
    [InlineData("analyze", "--no-such-option", "x")]
    [InlineData("analyze", "-f", "xml", "x")]
    [InlineData("frobnicate")]
    public void Command_line_errors_exit_two(params string[] args)
    {
        var (code, _, stderr) = CliProcess.Run(null, args);
        Assert.Equal(2, code);
        Assert.Contains("claimline --help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_ingests_the_shipped_examples_once_and_shows_entities_and_quotes()
    {
        // A long path: redirected output must not wrap, whatever the length of the clone's or the store's path.
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, new string('d', 120))).FullName;
        var db = Path.Combine(folder, "demo.db");
        var (code, stdout, _) = CliProcess.Run(null, "demo", "--db", db);
        Assert.Equal(0, code);
        var ingested = Assert.Single(stdout.Split('\n'), l => l.StartsWith("Ingested", StringComparison.Ordinal));
        Assert.Contains($"into {db} (10 new, 0 already stored", ingested, StringComparison.Ordinal);
        Assert.Contains(stdout.Split('\n'), l => l.Contains("Ahmed Farah", StringComparison.Ordinal) && l.Contains("Foreign Minister", StringComparison.Ordinal));
        Assert.Contains("Who the articles speak of", stdout, StringComparison.Ordinal);
        Assert.Contains("Bangladesh", stdout, StringComparison.Ordinal);
        Assert.Contains("Who said what", stdout, StringComparison.Ordinal);
        Assert.Contains("A claim timeline", stdout, StringComparison.Ordinal);
        Assert.Contains("troop", stdout, StringComparison.Ordinal);

        var again = CliProcess.Run(null, "demo", "--db", db);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 new, 10 already stored; 10 in the store", again.Stdout, StringComparison.Ordinal);

        // The demo store answers the claim queries.
        var timeline = CliProcess.Run(null, "timeline", "ET troops", "--db", db, "--json");
        Assert.Equal(0, timeline.ExitCode);
        using (var json = JsonDocument.Parse(timeline.Stdout))
        {
            var only = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal("troop|ET|SO", only.GetProperty("concept").GetProperty("key").GetString());
            var dates = only.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();
            Assert.Equal(9, dates.Count); // ten claims, one restated in the same article (ClaimTimeline)
            Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        }

        var claims = CliProcess.Run(null, "claims", "--db", db, "--holder", "country:SO", "--json");
        Assert.Equal(0, claims.ExitCode);
        using (var json = JsonDocument.Parse(claims.Stdout))
        {
            var rows = json.RootElement.EnumerateArray().ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("country:SO", r.GetProperty("holderKey").GetString()));
        }
    }

    [Fact]
    public void Resources_folder_replaces_a_built_in_lexicon_without_rebuilding()
    {
        var file = Write("boats.txt", "Officials said 14 ferry boats sank near the port.");
        string Counted(params string[] extra)
        {
            var (code, stdout, stderr) = CliProcess.Run(null, [.. extra, "analyze", file]);
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            return json.RootElement.GetProperty("layers").GetProperty("quantities")[0].GetProperty("counted").GetProperty("text").GetString()!;
        }

        Assert.Equal("ferry boats", Counted());

        // A copy of the stop-word list with one more word, laid out like src/Claimline.
        var original = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Claimline", "Quantities", "Resources", "en", "counted-stop-words.txt"));
        var folder = Path.Combine(_dir.FullName, "rules");
        Directory.CreateDirectory(Path.Combine(folder, "Quantities", "Resources", "en"));
        File.WriteAllText(Path.Combine(folder, "Quantities", "Resources", "en", "counted-stop-words.txt"), original + "\nboats\n");
        Assert.Equal("ferry", Counted("--resources", folder));

        var (missing, _, error) = CliProcess.Run(null, "--resources", Path.Combine(_dir.FullName, "nope"), "analyze", file);
        Assert.Equal(2, missing);
        Assert.Contains("no such folder", error, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Claimline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Claimline.slnx not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Timeline_groups_the_example_claims_into_one_concept_in_date_order()
    {
        var articles = Path.Combine(AppContext.BaseDirectory, "examples", "claims", "articles.jsonl");
        var (code, stdout, _) = CliProcess.Run(null, "timeline", "ET troops", "--input", articles, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var timeline = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("troop|ET|SO", timeline.GetProperty("concept").GetProperty("key").GetString());
        var dates = timeline.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.Equal(9, dates.Count); // ten claims, one restated in the same article (ClaimTimeline)
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Eval_claims_prints_detection_and_field_scores_as_one_json_object()
    {
        var gold = Write("gold.jsonl", """{"id":"a","date":"2025-01-10","source":"Test Post","text":"Officials said on Friday that about 300 Chilean firefighters are in Argentina.","claims":[{"holder":"Officials","quantity":"Chilean firefighters","location":"Argentina","value":300,"qualifier":"approx","as_of":"2025-01-10","evidence":"about 300 Chilean firefighters are in Argentina"}]}""" + "\n");
        var (code, stdout, _) = CliProcess.Run(null, "eval", "claims", "--gold", gold, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("detection").GetProperty("gold").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("detection").GetProperty("recall").GetDouble());
        Assert.True(json.RootElement.GetProperty("fields").TryGetProperty("as_of", out _));
    }

    [Fact]
    public void Entities_and_quotes_commands_read_what_ingest_stored()
    {
        var db = Path.Combine(_dir.FullName, "q.db");
        var file = Write("talks.txt", "date 2025-02-04\n\nOSLO (AP) — Foreign Minister Ingrid Dahl said on Monday that the talks would resume. “We are ready,” Dahl said.\n");
        Assert.Equal(0, CliProcess.Run(null, "ingest", file, "--db", db).ExitCode);

        var (code, entities, _) = CliProcess.Run(null, "entities", "--db", db, "--type", "person", "--json");
        Assert.Equal(0, code);
        using var people = JsonDocument.Parse(entities);
        var person = Assert.Single(people.RootElement.EnumerateArray());
        Assert.Equal("Ingrid Dahl", person.GetProperty("canonical").GetString());
        Assert.Equal("NO", person.GetProperty("country").GetString());

        var (quoteCode, quotes, _) = CliProcess.Run(null, "quotes", "--db", db, "--speaker", "dahl", "--json");
        Assert.Equal(0, quoteCode);
        using var said = JsonDocument.Parse(quotes);
        Assert.Contains(said.RootElement.EnumerateArray(), q => q.GetProperty("text").GetString()!.Contains("We are ready", StringComparison.Ordinal));
        Assert.Contains(said.RootElement.EnumerateArray(), q => q.GetProperty("date").GetString() == "2025-02-03");
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("demo")]
    [InlineData("bench")]
    [InlineData("eval", "ner")]
    [InlineData("train", "ner")]
    public void Every_command_has_help(params string[] command)
    {
        var (code, stdout, _) = CliProcess.Run(null, [.. command, "--help"]);
        Assert.Equal(0, code);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_timex_prints_strict_relaxed_value_and_type_as_json()
    {
        const string Tml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-02-04\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>"
            + "<TEXT>Snow closed the airport <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-02-03\">yesterday</TIMEX3>.</TEXT></TimeML>";
        Write("a.tml", Tml);
        var (code, stdout, _) = CliProcess.Run(null, "eval", "timex", "--timeml", _dir.FullName, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        foreach (var name in new[] { "strict", "relaxed", "value", "type" })
        {
            Assert.Equal(1.0, json.RootElement.GetProperty(name).GetProperty("f1").GetDouble());
        }
    }

    [Fact]
    public void Bench_times_one_named_stage()
    {
        var file = Write("oslo.txt", Wire);
        var (code, stdout, _) = CliProcess.Run(null, "bench", file, "--stage", "times", "--passes", "1", "--min-words", "10");
        Assert.Equal(0, code);
        Assert.Contains("stage timed:     times", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ner_prints_conlleval_scores_as_one_json_object()
    {
        // Our own sentences in CoNLL layout (word POS chunk NER).
        var gold = Write("gold.conll", """
            Defense NNP B-NP O
            Minister NNP I-NP O
            Ana NNP I-NP B-PER
            Kovac NNP I-NP I-PER
            met VBD B-VP O
            officials NNS B-NP O
            from IN B-PP O
            the DT B-NP O
            United NNP I-NP B-ORG
            Nations NNP I-NP I-ORG
            in IN B-PP O
            Geneva NNP B-NP B-LOC
            . . O O

            """);
        var (code, stdout, _) = CliProcess.Run(null, "eval", "ner", "--gold", gold, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("gold").GetInt32());
        Assert.InRange(root.GetProperty("f1").GetDouble(), 0.99, 1.0);
        Assert.Equal(1.0, root.GetProperty("types").GetProperty("PER").GetProperty("recall").GetDouble());
    }

    [Theory]
    [InlineData(false, "predicted POS (shipped tagger)")]
    [InlineData(true, "gold POS")]
    public void Eval_parse_scores_an_invented_treebank_with_predicted_or_gold_tags(bool goldPos, string setting)
    {
        // "The minister said prices rose ." with its tree (invented), tab-separated CoNLL-U.
        var rows = new[]
        {
            "1 The the DET _ _ 2 det _ _", "2 minister minister NOUN _ _ 3 nsubj _ _", "3 said say VERB _ _ 0 root _ _",
            "4 prices price NOUN _ _ 5 nsubj _ _", "5 rose rise VERB _ _ 3 ccomp _ _", "6 . . PUNCT _ _ 3 punct _ _",
        };
        var gold = Write("tiny.conllu", "# sent_id = 1\n" + string.Join("\n", rows.Select(r => r.Replace(' ', '\t'))) + "\n\n");
        string[] args = goldPos ? ["eval", "parse", "--conllu", gold, "--json", "--gold-pos"] : ["eval", "parse", "--conllu", gold, "--json"];
        var (code, stdout, stderr) = CliProcess.Run(null, args);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("words").GetInt32());
        Assert.Equal(setting, root.GetProperty("pos").GetString());
        Assert.InRange(root.GetProperty("las").GetDouble(), 0.0, 1.0);
        Assert.True(root.GetProperty("uas").GetDouble() >= root.GetProperty("las").GetDouble());
    }

    [Fact]
    public void Eval_ner_without_a_gold_file_is_a_usage_error()
        => Assert.Equal(2, CliProcess.Run(null, "eval", "ner").ExitCode);

    [Fact]
    public void Quotes_with_a_least_confidence_outside_0_to_1_is_a_usage_error()
    {
        var (code, _, stderr) = CliProcess.Run(null, "quotes", "--min-confidence", "2");

        Assert.Equal(2, code);
        Assert.Contains("--min-confidence", stderr);
    }

    [Fact]
    public void Eval_quotes_agreement_with_a_model_is_a_usage_error_that_says_why()
    {
        var (code, _, stderr) = CliProcess.Run(null, "eval", "quotes", "--polnear", _dir.FullName, "--agreement", "--rules");

        Assert.Equal(2, code);
        Assert.Contains("--agreement", stderr);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
