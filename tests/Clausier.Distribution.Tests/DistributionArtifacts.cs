namespace Clausier.Distribution.Tests;

/// <summary>
/// One collection: its tests run one after the other and share one pack and one publish, which
/// are minutes of work each and would fight over the CPU if run side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DistributionArtifacts : ICollectionFixture<DistributionBuild>
{
    public const string Name = "Distribution";
}
