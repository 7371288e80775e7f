using System.Text;
using System.Text.Json;

namespace Claimline.Cli.Tests;

/// <summary>
/// The README's usage block is what a new user types first: every example that reads the store (or the shipped
/// examples) must return something on the demo store. The examples are parsed from README.md itself, so that changing
/// an example there (or the demo articles) without keeping them in step fails here.
/// </summary>
public sealed class ReadmeExamplesTests : IDisposable
{
    /// <summary>The commands that read the store; the others (analyze, ingest, train, eval, bench, serve) need files the README leaves to the user.</summary>
    private static readonly HashSet<string> s_readers = ["search", "entities", "quotes", "show", "export", "claims", "timeline", "events"];

    /// <summary>Those with a <c>--json</c> option: for them "returns something" is checked as a non-empty JSON array.</summary>
    private static readonly HashSet<string> s_json = ["search", "entities", "quotes", "claims", "timeline", "events"];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-readme");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public void Readme_usage_parses_into_store_examples()
    {
        var examples = StoreExamples();
        Assert.Contains(examples, e => e[0] == "search");
        Assert.Contains(examples, e => e[0] == "quotes" && e.Contains("--min-confidence"));
        Assert.Contains(examples, e => e is ["export", "-f", "gkg"]);
        Assert.Contains(examples, e => e is ["claims"]);
        Assert.Contains(examples, e => e is ["timeline", "ET troops"]);
        Assert.Contains(examples, e => e[0] == "events" && e.Contains("--actor"));
        Assert.Contains(examples, e => e is ["export", "-f", "gdelt-events"]);
    }

    [Fact]
    public void Every_readme_example_that_reads_the_store_returns_something_on_the_demo_store()
    {
        var db = Path.Combine(_dir.FullName, "demo.db");
        var demo = CliProcess.Run(null, "demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Stderr);

        var failures = new StringBuilder();
        foreach (var example in StoreExamples())
        {
            string[] args = [.. example, "--db", db, .. s_json.Contains(example[0]) && !example.Contains("--json") ? ["--json"] : Array.Empty<string>()];

            // Relative paths in the examples (examples/claims/articles.jsonl) are the shipped examples, copied beside the program.
            var (code, stdout, stderr) = CliProcess.RunIn(AppContext.BaseDirectory, null, args);
            var shown = "claimline " + string.Join(' ', example);
            if (code != 0)
            {
                failures.AppendLine($"{shown}: exit code {code}: {stderr.Trim()}");
            }
            else if (!ReturnsSomething(example[0], stdout))
            {
                failures.AppendLine($"{shown}: returned nothing on the demo store");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static bool ReturnsSomething(string command, string stdout)
    {
        if (s_json.Contains(command))
        {
            using var json = JsonDocument.Parse(stdout);
            return json.RootElement.ValueKind == JsonValueKind.Array && json.RootElement.GetArrayLength() > 0;
        }

        // show and export: a document (many lines of JSON or text) or rows; a CSV header alone is one line.
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length >= 2;
    }

    /// <summary>
    /// The store-reading lines of the README's usage block, as argument lists: the comment after two spaces and a
    /// <c>#</c> dropped, each <c>[optional part]</c> run both left out and put in, each <c>a|b|c</c> run once per
    /// alternative, and <c>'quoted words'</c> kept as one argument.
    /// </summary>
    internal static List<string[]> StoreExamples()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var usage = Array.FindIndex(readme, l => l.Trim() == "## Usage");
        Assert.True(usage >= 0, "README.md has no '## Usage' section");
        var start = Array.FindIndex(readme, usage, l => l.StartsWith("```", StringComparison.Ordinal)) + 1;
        var end = Array.FindIndex(readme, start, l => l.StartsWith("```", StringComparison.Ordinal));
        var examples = new List<string[]>();
        foreach (var line in readme[start..end])
        {
            var comment = line.IndexOf("  #", StringComparison.Ordinal);
            var command = (comment >= 0 ? line[..comment] : line).Trim();
            if (!command.StartsWith("claimline ", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var variant in Variants(command["claimline ".Length..]))
            {
                var args = Split(variant);
                if (args.Length > 0 && s_readers.Contains(args[0]))
                {
                    examples.Add(args);
                }
            }
        }

        return examples;
    }

    private static IEnumerable<string> Variants(string command)
    {
        if (!command.Contains('[', StringComparison.Ordinal))
        {
            // Alternatives: the first token with a '|' (outside quotes) gives one variant per choice.
            var tokens = Split(command);
            var choice = Array.FindIndex(tokens, t => t.Contains('|', StringComparison.Ordinal) && !t.Contains(' ', StringComparison.Ordinal));
            if (choice < 0)
            {
                yield return command;
                yield break;
            }

            foreach (var alternative in tokens[choice].Split('|'))
            {
                yield return string.Join(' ', tokens.Select((t, i) => i == choice ? alternative : Quote(t)));
            }

            yield break;
        }

        var allOut = command;
        while (allOut.IndexOf('[', StringComparison.Ordinal) is var o and >= 0)
        {
            allOut = allOut[..o] + allOut[(allOut.IndexOf(']', o) + 1)..];
        }

        // Every optional part left out, and every one put in (one at a time would multiply the runs).
        var allIn = command.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        foreach (var variant in Variants(allOut.Trim()).Concat(Variants(allIn)).Distinct())
        {
            yield return variant;
        }
    }

    private static string Quote(string token) => token.Contains(' ', StringComparison.Ordinal) ? $"'{token}'" : token;

    private static string[] Split(string command)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            tokens.Add(current.ToString());
        }

        return [.. tokens];
    }

    internal static string RepositoryRoot()
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
}
