using Xunit;

namespace Newsdesk.TestSupport;

/// <summary>A fact that skips, saying why, when <c>../shared</c> (or the given file in it) is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string? requiredPath = null)
    {
        if (!SharedData.IsAvailable)
        {
            Skip = SharedData.SkipReason;
        }
        else if (requiredPath is not null && !Path.Exists(SharedData.PathOf(requiredPath)))
        {
            Skip = $"../shared/{requiredPath} is absent";
        }
    }
}

/// <summary>A theory that skips, saying why, when <c>../shared</c> (or the given file in it) is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string? requiredPath = null)
    {
        if (!SharedData.IsAvailable)
        {
            Skip = SharedData.SkipReason;
        }
        else if (requiredPath is not null && !Path.Exists(SharedData.PathOf(requiredPath)))
        {
            Skip = $"../shared/{requiredPath} is absent";
        }
    }
}
