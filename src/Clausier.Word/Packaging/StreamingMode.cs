namespace Clausier.Word.Packaging;

/// <summary>Who serialises the main document while the body is rendered; tests choose.</summary>
internal enum StreamingMode
{
    /// <summary>A pool thread, when one is free; packaging does the rest.</summary>
    Background,

    /// <summary>The rendering thread, as soon as a block is final: shows a renderer changing a block it no longer may.</summary>
    Eager,

    /// <summary>Packaging, all of it, at the end.</summary>
    AtPackaging,
}
