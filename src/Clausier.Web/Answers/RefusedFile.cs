namespace Clausier.Web.Answers;

/// <summary>A file of an upload that was not read, and why, as a sentence following its name.</summary>
public sealed record RefusedFile(string Name, string Reason, int Status);
