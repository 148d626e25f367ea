using System.Text;
using Clausier.Core.Writing;

namespace Clausier.Core.CisoAssistant;

/// <summary>
/// Block-style YAML written line by line: keys in the order given, every scalar through
/// <see cref="YamlScalar"/> so that any text reads back unchanged, no anchors or flow collections.
/// </summary>
internal sealed class YamlEmitter
{
    private readonly StringBuilder _text = new();

    public void Scalar(int indent, string key, string? value, bool listItem = false)
    {
        if (value is null)
        {
            return;
        }

        Key(indent, key, listItem).Append(' ').Append(YamlScalar.Format(value)).Append('\n');
    }

    public void Raw(int indent, string key, string value, bool listItem = false) =>
        Key(indent, key, listItem).Append(' ').Append(value).Append('\n');

    /// <summary>A key whose value (a mapping or a list) follows on the next lines.</summary>
    public void Open(int indent, string key, bool listItem = false) => Key(indent, key, listItem).Append('\n');

    public void Item(int indent, string value) =>
        _text.Append(' ', indent).Append("- ").Append(YamlScalar.Format(value)).Append('\n');

    public override string ToString() => _text.ToString();

    private StringBuilder Key(int indent, string key, bool listItem) =>
        listItem
            ? _text.Append(' ', indent).Append("- ").Append(YamlScalar.Format(key)).Append(':')
            : _text.Append(' ', indent).Append(YamlScalar.Format(key)).Append(':');
}
