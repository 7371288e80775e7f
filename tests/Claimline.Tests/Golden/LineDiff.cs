using System.Text;

namespace Claimline.Tests.Golden;

/// <summary>A short, readable description of where two texts differ, line by line.</summary>
internal static class LineDiff
{
    public static string Describe(string expected, string actual, int context = 3, int maxHunks = 5)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var output = new StringBuilder();
        int i = 0, j = 0, hunks = 0;
        while (i < a.Length && j < b.Length && hunks < maxHunks)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            hunks++;
            output.AppendLine($"@@ expected line {i + 1}, actual line {j + 1}");
            for (var k = Math.Max(0, i - context); k < i; k++)
            {
                output.AppendLine("  " + a[k]);
            }

            // Find the nearest re-synchronisation point.
            var (di, dj) = Resync(a, b, i, j);
            for (var k = i; k < di; k++)
            {
                output.AppendLine("- " + a[k]);
            }

            for (var k = j; k < dj; k++)
            {
                output.AppendLine("+ " + b[k]);
            }

            i = di;
            j = dj;
        }

        if (hunks == 0 && a.Length != b.Length)
        {
            output.AppendLine($"lengths differ: expected {a.Length} lines, actual {b.Length}");
        }

        return output.ToString();
    }

    private static (int, int) Resync(string[] a, string[] b, int i, int j)
    {
        for (var distance = 1; distance < 200; distance++)
        {
            for (var x = 0; x <= distance; x++)
            {
                var ai = i + x;
                var bj = j + distance - x;
                if (ai < a.Length && bj < b.Length && a[ai] == b[bj])
                {
                    return (ai, bj);
                }
            }
        }

        return (Math.Min(a.Length, i + 10), Math.Min(b.Length, j + 10));
    }
}
