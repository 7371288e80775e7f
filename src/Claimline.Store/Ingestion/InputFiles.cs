namespace Claimline.Store.Ingestion;

/// <summary>Helpers over the input paths of an ingest run, for progress.</summary>
internal static class InputFiles
{
    public static long TotalBytes(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                total += new FileInfo(input).Length;
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
                {
                    total += new FileInfo(file).Length;
                }
            }
        }

        return total;
    }
}
