namespace Newsdesk.Processing;

/// <summary>Thrown by <see cref="PipelineBuilder.Build"/> when the stages do not fit together.</summary>
public sealed class PipelineBuildException : Exception
{
    public PipelineBuildException(string message) : base(message)
    {
    }

    public PipelineBuildException()
    {
    }

    public PipelineBuildException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
