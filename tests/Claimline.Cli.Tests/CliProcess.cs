using System.Diagnostics;

namespace Claimline.Cli.Tests;

/// <summary>Runs the built <c>claimline</c> program in its own process and captures what it prints.</summary>
internal static class CliProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string? stdin, params string[] args)
        => RunIn(null, stdin, args);

    /// <summary>Runs claimline in <paramref name="workingDirectory"/> (relative paths in its arguments are read from there).</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunIn(string? workingDirectory, string? stdin, params string[] args)
    {
        var info = StartInfo(args);
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("claimline did not finish within 120 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs claimline with extra environment variables.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithEnvironment(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = StartInfo(args);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.RedirectStandardInput = false;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("claimline did not finish within 120 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts claimline without waiting for it (output is discarded).</summary>
    public static Process Start(params string[] args)
    {
        var info = StartInfo(args);
        info.RedirectStandardOutput = false;
        info.RedirectStandardError = false;
        info.RedirectStandardInput = false;
        return Process.Start(info)!;
    }

    private static ProcessStartInfo StartInfo(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claimline.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
