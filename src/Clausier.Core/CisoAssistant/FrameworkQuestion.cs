namespace Clausier.Core.CisoAssistant;

/// <summary>
/// The closed question a node asks in CISO Assistant (<c>questions:</c>, type <c>unique_choice</c>): its
/// choices are the statuses the point's answer type allows, so that an assessment records the same
/// answer the candidate chose in the annex.
/// </summary>
public sealed record FrameworkQuestion(string Urn, string Text, IReadOnlyList<FrameworkChoice> Choices);

/// <summary>One choice of a <see cref="FrameworkQuestion"/>.</summary>
public sealed record FrameworkChoice(string Urn, string Value);
