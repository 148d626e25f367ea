namespace Clausier.Core.CisoAssistant;

/// <summary>How one of our points relates to the published point of the same id (CISO Assistant's relationships).</summary>
public sealed record MappingRelation(string Relationship, string Rationale)
{
    public static MappingRelation Equal { get; } = new("equal", "Même exigence, reformulée par Clausier.Docs.");

    /// <summary>The relation seen from the published point: a subset becomes a superset, the rest stay.</summary>
    public MappingRelation Reversed() => Relationship switch
    {
        "subset" => this with { Relationship = "superset" },
        "superset" => this with { Relationship = "subset" },
        _ => this,
    };
}
