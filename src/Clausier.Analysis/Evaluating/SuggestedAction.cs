namespace Clausier.Analysis.Evaluating;

/// <summary>What the buyer is advised to do about a finding; the order is from the most to the least serious.</summary>
public enum SuggestedAction
{
    /// <summary>The offer is irregular (Code de la commande publique, L.2152-2).</summary>
    Irregular,

    /// <summary>The buyer may invite the candidate to regularise (R.2152-2), without changing the offer's substance.</summary>
    Regularisation,

    /// <summary>A request for clarification (demande de précisions).</summary>
    Clarification,
}
