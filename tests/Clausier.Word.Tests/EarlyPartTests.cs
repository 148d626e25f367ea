using Clausier.Word.Packaging;

namespace Clausier.Word.Tests;

/// <summary>
/// The main document reaches the compressor in the same pieces whether another core serialised it
/// ahead or packaging did it itself: deflate's output depends on those pieces, and the same annex
/// must give the same bytes whichever thread was free.
/// </summary>
public sealed class EarlyPartTests
{
    [Fact]
    public void Serialised_ahead_or_at_packaging_the_writes_are_the_same()
    {
        var ahead = EarlyPart.Create(WriteSample);
        ahead.Produce();
        var byAhead = new RecordingStream();
        ahead.WriteTo(byAhead);

        var byPackaging = new RecordingStream();
        EarlyPart.Create(WriteSample).WriteTo(byPackaging);

        Assert.True(byPackaging.Writes.Count > 2);
        Assert.Equal(byPackaging.Writes, byAhead.Writes);
        Assert.Equal(byPackaging.ToArray(), byAhead.ToArray());
    }

    [Fact]
    public void An_error_while_serialising_ahead_reaches_packaging()
    {
        var part = EarlyPart.Create(_ => throw new InvalidOperationException("boom"));
        part.Produce();

        var error = Assert.Throws<InvalidOperationException>(() => part.WriteTo(new MemoryStream()));
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void Started_parts_give_every_byte_once()
    {
        var parts = Enumerable.Range(0, 16).Select(_ => EarlyPart.Start(WriteSample)).ToList();

        foreach (var part in parts)
        {
            var output = new RecordingStream();
            part.WriteTo(output);
            Assert.Equal(300_000 * 3, output.Length);
        }
    }

    /// <summary>Writes of uneven sizes, as a serialiser flushing its buffer does.</summary>
    private static void WriteSample(Stream stream)
    {
        var data = new byte[300_000];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)(i * 7);
        }

        stream.Write(data, 0, 100_000);
        stream.Write(data, 100_000, 1);
        stream.Write(data, 100_001, 199_999);
        stream.Write(data);
        stream.Write(data);
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        // MemoryStream's span overload of a derived class goes through the array one.
        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
    }
}
