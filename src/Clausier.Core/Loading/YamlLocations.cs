using Clausier.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Loading;

/// <summary>Maps YamlDotNet's one-based marks to our zero-based text locations.</summary>
public static class YamlLocations
{
    public static TextLocation At(string file, Mark mark) =>
        new(file, (int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1));

    public static TextLocation At(string file, YamlNode node) => At(file, node.Start);

    /// <summary>
    /// Loads a YAML stream of one document; a syntax error, nesting deeper than
    /// <see cref="NestingLimitParser.MaxNesting"/> or a second document becomes a diagnostic with its position.
    /// </summary>
    public static YamlNode? LoadRoot(string file, TextReader reader, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new NestingLimitParser(reader));
            if (stream.Documents.Count > 1)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1211", At(file, stream.Documents[1].RootNode));
                return null;
            }

            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlNestingException ex)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1210", At(file, ex.Start), ex.Limit);
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1002", At(file, ex.Start), MessageCatalogue.YamlReason(FirstLine(ex.Message)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input
            // (an unclosed flow sequence at end of file): still the user's error, not ours.
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1002.unclosed", new TextLocation(file, 0, 0), ex.Message);
            return null;
        }
    }

    private static string FirstLine(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is printed separately.
        var text = message.Split('\n')[0];
        var cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? text[(cut + 3)..] : text;
    }
}
