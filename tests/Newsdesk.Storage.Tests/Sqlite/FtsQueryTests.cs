using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Storage.Tests.Sqlite;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("kim", "\"kim\"")]
    [InlineData("kim jong un", "\"kim\" \"jong\" \"un\"")]
    [InlineData("\"nuclear talks\"", "\"nuclear talks\"")]
    [InlineData("“nuclear talks”", "\"nuclear talks\"")]
    [InlineData("kim OR moon", "\"kim\" OR \"moon\"")]
    [InlineData("kim AND moon", "\"kim\" AND \"moon\"")]
    [InlineData("kim NOT moon", "\"kim\" NOT \"moon\"")]
    [InlineData("kim or moon", "\"kim\" \"or\" \"moon\"")]
    [InlineData("denuclear*", "\"denuclear\"*")]
    [InlineData("(kim OR moon) talks", "( \"kim\" OR \"moon\" ) \"talks\"")]
    public void FtsQuery_KeepsTheSupportedSyntax(string query, string expected)
    {
        Assert.Equal(expected, FtsQuery.Build(query));
    }

    [Theory]
    [InlineData("covid-19", "\"covid 19\"")]
    [InlineData("a:b", "\"a b\"")]
    [InlineData("title:kim", "\"title kim\"")]
    [InlineData("kim's", "\"kim s\"")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("kim \"", "\"kim\"")]
    [InlineData("kim^2 NEAR/3", "\"kim 2\" \"NEAR 3\"")]
    [InlineData("-kim +moon", "\"kim\" \"moon\"")]
    public void FtsQuery_MakesOtherPunctuationLiteral(string query, string expected)
    {
        Assert.Equal(expected, FtsQuery.Build(query));
    }

    [Theory]
    [InlineData("OR kim", "\"kim\"")]
    [InlineData("kim OR", "\"kim\"")]
    [InlineData("kim OR OR moon", "\"kim\" OR \"moon\"")]
    [InlineData("NOT", "")]
    [InlineData("kim )", "\"kim\"")]
    [InlineData("(kim", "( \"kim\")")]
    [InlineData("( OR kim)", "( \"kim\" )")]
    [InlineData("(kim OR)", "( \"kim\" )")]
    [InlineData("()", "")]
    [InlineData("*", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void FtsQuery_DropsOperatorsAndParenthesesWithNothingToJoin(string query, string expected)
    {
        Assert.Equal(expected, FtsQuery.Build(query));
    }
}
