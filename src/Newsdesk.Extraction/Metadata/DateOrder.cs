namespace Newsdesk.Extraction.Metadata;

/// <summary>How to read an all-numeric date such as <c>03/04/2021</c> whose day and month could be swapped.</summary>
internal enum DateOrder
{
    /// <summary>Day first (<c>03/04/2021</c> is 3 April): most of the world.</summary>
    DayFirst,

    /// <summary>Month first (<c>03/04/2021</c> is 4 March): United States English.</summary>
    MonthFirst,
}
