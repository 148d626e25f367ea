namespace Clausier.Cli.Tests;

public class ServeCommandTests
{
    [Theory]
    [InlineData("--host", "localhost-ish")]
    [InlineData("--port", "70000")]
    public void Refuses_a_bad_address_before_starting(string option, string value)
    {
        var run = CliRun.Of("serve", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--host an IP address", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_listed_by_help()
    {
        var run = CliRun.Of("--help");

        Assert.Contains("serve", run.Out, StringComparison.Ordinal);
    }
}
