using Claimline.Fuzz;
using SharpFuzz;

// claimline-fuzz TARGET              run under afl-fuzz (fuzz/run.sh instruments and starts it)
// claimline-fuzz TARGET --replay DIR replay every file of DIR without afl, printing the first exception of each
if (args.Length == 0 || !FuzzTargets.All.ContainsKey(args[0]))
{
    Console.Error.WriteLine($"usage: Claimline.Fuzz TARGET [--replay DIR]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}

var target = args[0];

// Instrumented code writes coverage through Trace.SharedMem, a null pointer until Run attaches afl's map: park it on a
// dummy map so that replays run, and so that the models load (seconds) before afl starts timing runs.
unsafe
{
    SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(65536);
}

var scratch = Directory.CreateTempSubdirectory("claimline-fuzz-").FullName;
try
{
    if (args.Length == 3 && args[1] == "--replay")
    {
        var failures = 0;
        foreach (var file in Directory.EnumerateFiles(args[2]).Order(StringComparer.Ordinal))
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var documents = FuzzTargets.Run(target, File.ReadAllBytes(file), scratch);
                Console.WriteLine($"ok    {Path.GetFileName(file)}: {documents} document(s), {started.ElapsedMilliseconds} ms");
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"CRASH {Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}");
                Console.WriteLine(e.StackTrace);
            }
        }

        return failures == 0 ? 0 : 1;
    }

    FuzzTargets.Warm(target, scratch);
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        FuzzTargets.Run(target, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), scratch);
    });
    return 0;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
