namespace NewsExtraction;

/// <summary>
/// Composes a pipeline: add extractors with <see cref="Use(IExtractor)"/> or the <c>UseX()</c>
/// extension methods, set options, then <see cref="Build"/> an immutable, thread-safe
/// <see cref="ExtractionPipeline"/>.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ExtractionPipelineBuilder()
///     .UseDates().UseDistances().UseOrganisations().UseQuotations()
///     .Use(new MyExtractor())
///     .Build();
/// </code>
/// </example>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<IExtractor> _extractors = new();
    private ExtractionOptions _options = ExtractionOptions.Default;

    /// <summary>The extractors added so far, in the order they were added.</summary>
    public IReadOnlyList<IExtractor> Extractors => _extractors;

    /// <summary>Adds an extractor.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ExtractionPipelineBuilder Use(IExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractors.Add(extractor);
        return this;
    }

    /// <summary>Replaces the pipeline options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ExtractionPipelineBuilder WithOptions(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Changes the pipeline options, starting from the current ones.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public ExtractionPipelineBuilder WithOptions(Func<ExtractionOptions, ExtractionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _options = configure(_options) ?? throw new InvalidOperationException("The options callback returned null.");
        return this;
    }

    /// <summary>True when an extractor with this name has been added.</summary>
    public bool Contains(string name)
    {
        foreach (IExtractor e in _extractors)
        {
            if (string.Equals(e.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds the pipeline, ordering extractors by their dependencies.</summary>
    /// <exception cref="PipelineConfigurationException">Duplicate names, a missing dependency or a dependency cycle.</exception>
    public ExtractionPipeline Build() => new(ExtractorOrdering.Order(_extractors), _options);
}
