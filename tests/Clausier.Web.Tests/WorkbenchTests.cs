using Clausier.Web.Services;

namespace Clausier.Web.Tests;

/// <summary>What the server loads when it starts is shared by every request, not read again.</summary>
public sealed class WorkbenchTests
{
    [Fact]
    public void Evaluation_documents_are_made_once_a_day_from_the_templates_read_at_start()
    {
        var workbench = Workbench.Load(WebServerOptions.Default);
        var day = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

        var first = workbench.Documents(day);

        Assert.Same(first, workbench.Documents(day));
        var next = workbench.Documents(day.AddDays(1));
        Assert.NotSame(first, next);
        Assert.Same(next, workbench.Documents(day.AddDays(1)));
    }
}
