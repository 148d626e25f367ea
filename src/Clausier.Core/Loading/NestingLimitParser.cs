using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Clausier.Core.Loading;

/// <summary>
/// Passes YamlDotNet's parser events through, counting open sequences and mappings. YamlDotNet's event
/// parser is iterative, but building a node tree from its events recurses once per level, so a file of
/// nothing but <c>[</c> would overflow the stack and kill the process; this stops the read first.
/// </summary>
public sealed class NestingLimitParser(IParser inner, int maxNesting = NestingLimitParser.MaxNesting) : IParser
{
    /// <summary>Deepest nesting accepted; every file the tool reads needs fewer than ten levels.</summary>
    public const int MaxNesting = 64;

    private int _depth;

    public NestingLimitParser(TextReader reader)
        : this(new Parser(reader))
    {
    }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case SequenceStart or MappingStart when ++_depth > maxNesting:
                throw new YamlNestingException(inner.Current.Start, inner.Current.End, maxNesting);
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }

        return true;
    }
}
