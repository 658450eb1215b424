using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsExtraction;
using NewsExtraction.Benchmarks;

// `first-use` measures what a fresh process pays before its first result: building the default
// pipeline (data files load lazily) and extracting from one seed article. Run it in a new process
// each time (see docs/benchmarks.md); everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "first-use")
{
    string set = args.Length > 1 ? args[1] : "full";
    string text = Corpora.Seed("000_a59041e354070abc");
    long methods = System.Runtime.JitInfo.GetCompiledMethodCount();
    TimeSpan jitTime = System.Runtime.JitInfo.GetCompilationTime();
    TimeSpan cpu = CpuTime.OfProcess();
    var sw = Stopwatch.StartNew();
    ExtractionPipeline pipeline = Corpora.Pipeline(set);
    ExtractionResult result = pipeline.Extract(text);
    sw.Stop();

    // The JIT figures (all threads) say how much of the time is compiling; the process CPU time (all
    // threads) varies less than the wall time when other processes share the cores.
    methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods;
    jitTime = System.Runtime.JitInfo.GetCompilationTime() - jitTime;
    cpu = CpuTime.OfProcess() - cpu;
    Console.WriteLine($"first-use {set}: {sw.Elapsed.TotalMilliseconds:0.0} ms (build + first extract, {result.Count} mentions; {methods} methods JIT-compiled in {jitTime.TotalMilliseconds:0.0} ms; CPU {cpu.TotalMilliseconds:0.0} ms)");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SeedCorpusBenchmarks).Assembly).Run(args);
return 0;
