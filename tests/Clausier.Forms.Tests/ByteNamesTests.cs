using System.Text;
using Clausier.Forms.Package;

namespace Clausier.Forms.Tests;

/// <summary>The scanner's name table stays small whatever names a file brings, even names chosen to share a hash.</summary>
public class ByteNamesTests
{
    [Fact]
    public void Names_sharing_one_hash_are_kept_up_to_the_probe_bound_then_refused_and_never_confused()
    {
        var names = new ByteNames<string>();
        var kept = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var name = $"n{i}";
            if (names.TryAdd(Encoding.ASCII.GetBytes(name), hash: 7, name))
            {
                kept.Add(name);
            }
        }

        Assert.InRange(kept.Count, 1, 39);
        Assert.All(kept, name => Assert.Equal(name, names.Find(Encoding.ASCII.GetBytes(name), 7)));
        Assert.Null(names.Find("n39"u8, 7));
        Assert.Null(names.Find("n0"u8, 8));
    }

    [Fact]
    public void A_table_holds_so_many_names_and_no_more()
    {
        var names = new ByteNames<string>();
        var added = 0;
        for (var i = 0; i < ByteNames<string>.MaxNames + 100; i++)
        {
            var bytes = Encoding.ASCII.GetBytes($"name{i}");
            var hash = Hash(bytes);
            if (names.TryAdd(bytes, hash, $"name{i}"))
            {
                added++;
                Assert.Equal($"name{i}", names.Find(bytes, hash));
            }
        }

        Assert.InRange(added, ByteNames<string>.MaxNames - 16, ByteNames<string>.MaxNames);
    }

    private static int Hash(byte[] name)
    {
        var hash = ByteNames<string>.Seed;
        foreach (var b in name)
        {
            hash = ByteNames<string>.Step(hash, b);
        }

        return ByteNames<string>.Final(hash);
    }
}
