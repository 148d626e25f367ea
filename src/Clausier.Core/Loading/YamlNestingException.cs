using YamlDotNet.Core;

namespace Clausier.Core.Loading;

/// <summary>Thrown by <see cref="NestingLimitParser"/> where the nesting passes the limit; readers turn it into CLZ1210.</summary>
public sealed class YamlNestingException : YamlException
{
    public YamlNestingException(Mark start, Mark end, int limit)
        : base(start, end, $"The YAML nests deeper than {limit} levels; no file of this tool needs more than a few. Reading stopped.")
    {
        Limit = limit;
    }

    public int Limit { get; }
}
