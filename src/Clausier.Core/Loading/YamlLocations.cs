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
                diagnostics.Error(DiagnosticIds.YamlSecondDocument,
                    "The file holds a second YAML document (after a '---' line); only one is read, so remove it or merge it into the first.",
                    At(file, stream.Documents[1].RootNode));
                return null;
            }

            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlNestingException ex)
        {
            diagnostics.Error(DiagnosticIds.YamlTooDeep, ex.Reason, At(file, ex.Start));
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(DiagnosticIds.YamlSyntax, $"YAML syntax error: {FirstLine(ex.Message)}", At(file, ex.Start));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input
            // (an unclosed flow sequence at end of file): still the user's error, not ours.
            diagnostics.Error(DiagnosticIds.YamlSyntax, $"YAML syntax error: the file ends inside an unclosed construct ({ex.Message})", new TextLocation(file, 0, 0));
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
