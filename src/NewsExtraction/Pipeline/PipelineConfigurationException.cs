namespace NewsExtraction;

/// <summary>A pipeline cannot be built as configured: a duplicate extractor name, a missing dependency or a dependency cycle.</summary>
public sealed class PipelineConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that says what is wrong.</summary>
    public PipelineConfigurationException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public PipelineConfigurationException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public PipelineConfigurationException() : base("The pipeline configuration is invalid.")
    {
    }
}
