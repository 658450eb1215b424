using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsExtraction.Benchmarks;

/// <summary>Adds MB/s (UTF-8 input bytes per second) and allocated bytes per KB of input to the summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(perKb: false), new ThroughputColumn(perKb: true));
    }

    /// <summary>The UTF-8 size of a benchmark case's input, recomputed from its parameters (benchmarks run in another process).</summary>
    internal static long InputBytes(BenchmarkCase c)
    {
        string type = c.Descriptor.Type.Name;
        object? P(string name) => c.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value;
        return type switch
        {
            nameof(SeedCorpusBenchmarks) or nameof(AnalysisBenchmarks) => Corpora.Seeds.Sum(Corpora.Utf8Bytes),
            nameof(NewswireBenchmarks) => NewswireBenchmarks.Texts.Value.Sum(Corpora.Utf8Bytes),
            nameof(PerSeedBenchmarks) => Corpora.Utf8Bytes(Corpora.Seed((string)P("Seed")!)),
            nameof(ScalingBenchmarks) => Corpora.Utf8Bytes(Corpora.Generated((int)P("Bytes")!)),
            nameof(ParallelThroughputBenchmarks) => Enumerable.Range(0, 100).Sum(i => Corpora.Utf8Bytes(Corpora.Seeds[i % Corpora.Seeds.Length])),
            nameof(PathologicalBenchmarks) => Corpora.Utf8Bytes(PathologicalBenchmarks.Make((string)P("Input")!)),
            _ => 0,
        };
    }

    private sealed class ThroughputColumn(bool perKb) : IColumn
    {
        private static readonly Dictionary<string, long> Cache = new();

        public string Id => perKb ? "AllocPerKB" : "MBps";

        public string ColumnName => perKb ? "Alloc/KB input" : "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => perKb ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => perKb ? "Bytes allocated per KB (1000 B) of UTF-8 input" : "UTF-8 input megabytes (10^6 B) processed per second";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            BenchmarkReport? report = summary[benchmarkCase];
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            string key = benchmarkCase.DisplayInfo;
            long bytes;
            lock (Cache)
            {
                if (!Cache.TryGetValue(key, out bytes))
                {
                    bytes = InputBytes(benchmarkCase);
                    Cache[key] = bytes;
                }
            }

            if (bytes == 0)
            {
                return "-";
            }

            if (perKb)
            {
                long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
                return allocated is null ? "-" : (allocated.Value / (bytes / 1000.0)).ToString("N0", CultureInfo.InvariantCulture);
            }

            double seconds = report.ResultStatistics.Mean / 1e9;
            return (bytes / 1e6 / seconds).ToString("N2", CultureInfo.InvariantCulture);
        }
    }
}
