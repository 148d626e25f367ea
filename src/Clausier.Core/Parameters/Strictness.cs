namespace Clausier.Core.Parameters;

/// <summary>Which way a measured parameter becomes more demanding for the contract holder.</summary>
public enum Strictness
{
    /// <summary>A smaller value demands more (a shorter delay).</summary>
    Lower,

    /// <summary>A larger value demands more (a later protocol version, a longer objection period).</summary>
    Higher,
}
