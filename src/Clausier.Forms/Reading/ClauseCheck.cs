using System.Runtime.ExceptionServices;

namespace Clausier.Forms.Reading;

/// <summary>
/// What checking one point's clause against its manifest hash found, before anything is reported:
/// whether the point is in the document at all, its clause paragraphs (null when not found), whether
/// their hash matches, or what failed while finding them (thrown where the check is reported).
/// </summary>
internal sealed record ClauseCheck(bool Present, List<string>? Paragraphs, bool Matches, ExceptionDispatchInfo? Failure = null)
{
    public static ClauseCheck Absent { get; } = new(false, null, false);
}
