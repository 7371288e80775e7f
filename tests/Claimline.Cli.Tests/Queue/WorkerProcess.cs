using System.Diagnostics;
using System.Text;

namespace Claimline.Cli.Tests.Queue;

/// <summary>A <c>claimline</c> process run in the background whose stderr is kept (a worker's log and summary).</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly StringBuilder _stderr = new();

    private WorkerProcess(Process process) => Process = process;

    public Process Process { get; }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static WorkerProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claimline.Cli.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var worker = new WorkerProcess(new Process { StartInfo = info });
        worker.Process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (worker._stderr)
                {
                    worker._stderr.AppendLine(e.Data);
                }
            }
        };
        worker.Process.OutputDataReceived += (_, _) => { };
        worker.Process.Start();
        worker.Process.BeginErrorReadLine();
        worker.Process.BeginOutputReadLine();
        return worker;
    }

    /// <summary>Waits for the exit; a process still running after <paramref name="timeout"/> is killed and the test fails with its log.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!Process.WaitForExit(timeout))
        {
            Process.Kill(entireProcessTree: true);
            Assert.Fail($"claimline {string.Join(' ', Process.StartInfo.ArgumentList.Skip(1))} did not finish within {timeout.TotalSeconds} s:\n{Stderr}");
        }

        Process.WaitForExit(); // flushes the asynchronous readers
        return Process.ExitCode;
    }

    /// <summary>Sends SIGTERM, as a service manager stopping the worker would.</summary>
    public void Terminate()
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }
}
