namespace NewsExtraction.Tests;

/// <summary>
/// Test classes whose assertions include a (generous) time bound on pathological input. They run alone, after the
/// parallel classes, so that the bound measures the extractor and not the other test classes sharing the cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timed (runs alone)";
}
