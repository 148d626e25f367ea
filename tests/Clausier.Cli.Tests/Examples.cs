using Clausier.Pipeline;

namespace Clausier.Cli.Tests;

/// <summary>The example tenders shipped with the tool.</summary>
internal static class Examples
{
    public static string SingleLot => BuiltIn.ExampleTender;

    public static string MultiLot => Path.Combine(BuiltIn.ExamplesFolder, "tender-multilot.yml");
}
