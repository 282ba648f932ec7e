using Newsdesk.Diagnostics;
using Newsdesk.TestSupport;

namespace Newsdesk.Ingest.Tests.Inputs;

public sealed class InputEnumeratorTests
{
    private static (List<InputFile> Files, List<Diagnostic> Reported) Expand(params string[] arguments)
    {
        var reported = new List<Diagnostic>();
        return ([.. InputEnumerator.Expand(arguments, reported.Add)], reported);
    }

    [Fact]
    public void InputEnumerator_ListsDirectoriesRecursivelyInOrdinalOrder()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("b.txt", "x");
        folder.Write("B.txt", "x");
        folder.Write("a.txt", "x");
        folder.Write("sub/z.txt", "x");
        folder.Write("sub/deeper/c.txt", "x");
        folder.Write("Sub2/y.txt", "x");

        var (files, reported) = Expand(folder.Path);

        Assert.Equal(["B.txt", "a.txt", "b.txt", "Sub2/y.txt", "sub/z.txt", "sub/deeper/c.txt"], files.Select(f => f.Id));
        Assert.Empty(reported);
    }

    [Fact]
    public void InputEnumerator_SkipsHiddenFilesAndFolders()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("visible.txt", "x");
        folder.Write(".hidden.txt", "x");
        folder.Write(".git/config", "x");
        folder.Write("sub/.DS_Store", "x");

        var (files, _) = Expand(folder.Path);

        Assert.Equal(["visible.txt"], files.Select(f => f.Id));
    }

    [Fact]
    public void InputEnumerator_GivesIdsRelativeToTheArgumentAndPathsToOpen()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("2021/01/story.txt", "x");

        var (files, _) = Expand(Path.Combine(folder.Path, "2021"));

        var file = Assert.Single(files);
        Assert.Equal("01/story.txt", file.Id);
        Assert.Equal(path, file.Path);
    }

    [Fact]
    public void InputEnumerator_NamesAFileArgumentByItsFileName()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("deep/story.txt", "x");

        var file = Assert.Single(Expand(path).Files);

        Assert.Equal("story.txt", file.Id);
        Assert.Equal(path, file.DisplayName);
    }

    [Fact]
    public void InputEnumerator_TakesADashForStandardInput()
    {
        var file = Assert.Single(Expand("-").Files);

        Assert.True(file.IsStandardInput);
        Assert.Equal("stdin", file.Id);
        Assert.Equal("<stdin>", file.DisplayName);
    }

    [Fact]
    public void InputEnumerator_ReportsAMissingPathAndGoesOn()
    {
        using var folder = new TemporaryDirectory();
        var present = folder.Write("here.txt", "x");
        var missing = folder.File("missing.txt");

        var (files, reported) = Expand(missing, present);

        Assert.Equal("here.txt", Assert.Single(files).Id);
        var error = Assert.Single(reported);
        Assert.Equal(DiagnosticCodes.PathUnreadable, error.Code);
        Assert.Equal(missing, error.Location);
    }

    [Fact]
    public void InputEnumerator_KeepsTheOrderOfTheArguments()
    {
        using var folder = new TemporaryDirectory();
        var second = folder.Write("b.txt", "x");
        var first = folder.Write("a.txt", "x");

        var (files, _) = Expand(second, first);

        Assert.Equal(["b.txt", "a.txt"], files.Select(f => f.Id));
    }

    [Fact]
    public void InputEnumerator_FindsNothingInAnEmptyFolder()
    {
        using var folder = new TemporaryDirectory();

        var (files, reported) = Expand(folder.Path);

        Assert.Empty(files);
        Assert.Empty(reported);
    }
}
