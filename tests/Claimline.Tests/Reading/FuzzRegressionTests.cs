using System.Diagnostics;
using Claimline.Fuzz;

namespace Claimline.Tests.Reading;

/// <summary>
/// Replays every fuzz seed and every input the fuzzer found (fuzz/seeds/TARGET, fuzz/regressions/TARGET; fuzz/README.md)
/// through the same target code afl ran: none may throw, and none may take more than one second per 10 kB (the issue's
/// hang threshold), with a floor of 5 s so that a loaded machine does not fail the test (a hang guard, not a speed check).
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "seeds", "regressions" })
        {
            var root = Path.Combine(RepositoryPaths.Root, "fuzz", folder);
            foreach (var target in FuzzTargets.All.Keys)
            {
                var directory = Path.Combine(root, target);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(RepositoryPaths.Root, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Target_reads_the_input_without_throwing_or_hanging(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, file));
        var scratch = Directory.CreateTempSubdirectory("claimline-fuzz-test-").FullName;
        try
        {
            var documents = FuzzTargets.Run(target, input, scratch); // loads the models once: not timed
            if (file.StartsWith("fuzz/seeds/", StringComparison.Ordinal))
            {
                // A seed is a valid input of its format, so that the fuzzer starts from what the reader accepts.
                Assert.True(documents >= 1, $"{file}: the seed reads as no document");
            }

            var clock = Stopwatch.StartNew();
            FuzzTargets.Run(target, input, scratch);
            var limit = TimeSpan.FromSeconds(Math.Max(5, input.Length / 10_240.0));
            Assert.True(clock.Elapsed < limit, $"{file}: {clock.Elapsed.TotalSeconds:F1} s for {input.Length:N0} bytes (limit {limit.TotalSeconds:F0} s)");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void Every_target_has_seeds() => Assert.All(FuzzTargets.All.Keys, target =>
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "fuzz", "seeds", target))));
}
