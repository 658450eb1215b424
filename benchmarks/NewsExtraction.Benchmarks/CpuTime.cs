using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsExtraction.Benchmarks;

/// <summary>
/// CPU time used by this process (all threads): getrusage on Linux (microseconds), else
/// <see cref="Process.TotalProcessorTime"/> (which Linux reports in 10 ms ticks only).
/// </summary>
internal static class CpuTime
{
    public static TimeSpan OfProcess()
    {
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64
            && getrusage(0, out RUsage u) == 0)
        {
            long micros = (u.UserSeconds + u.SystemSeconds) * 1_000_000 + u.UserMicros + u.SystemMicros;
            return TimeSpan.FromTicks(micros * 10);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int getrusage(int who, out RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }
}
