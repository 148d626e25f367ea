using System.Collections.Concurrent;
using Clausier.Core.Threading;

namespace Clausier.Core.Tests.Threading;

/// <summary>Items shared between a pool thread and the caller come out in order, each computed once, whoever computed them.</summary>
public class SharedWorkTests
{
    [Fact]
    public void The_caller_computes_every_item_when_no_other_thread_starts()
    {
        var participants = 0;
        var work = new SharedWork<int>(50, () =>
        {
            participants++;
            return i => i * i;
        });

        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * i), work.Items());
        Assert.Equal(1, participants);
    }

    [Fact]
    public void Items_taken_by_a_pool_thread_and_the_caller_come_out_in_order_each_computed_once()
    {
        var computed = new ConcurrentDictionary<int, int>();
        var threads = new ConcurrentDictionary<int, bool>();
        using var helperStarted = new ManualResetEventSlim();
        var work = new SharedWork<string>(200, () =>
        {
            var own = Environment.CurrentManagedThreadId;
            return i =>
            {
                threads[own] = true;
                computed.AddOrUpdate(i, 1, (_, n) => n + 1);
                if (i == 0)
                {
                    helperStarted.Set();
                    Thread.Sleep(20); // lets the caller take items meanwhile
                }

                return $"item {i}";
            };
        });
        var helper = new Thread(work.Help);
        helper.Start();
        helperStarted.Wait();

        var items = work.Items();
        helper.Join();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"item {i}"), items);
        Assert.All(computed.Values, n => Assert.Equal(1, n));
        Assert.Equal(200, computed.Count);
        Assert.Equal(2, threads.Count);
    }

    [Fact]
    public void The_first_failing_item_is_thrown_to_the_caller_whoever_computed_it()
    {
        var work = SharedWork.Start<int>(100, () => i => i is 30 or 70 ? throw new InvalidOperationException($"item {i}") : i);

        var error = Assert.Throws<InvalidOperationException>(() => work.Items());

        Assert.Equal("item 30", error.Message);
    }

    [Fact]
    public void An_empty_list_needs_no_thread()
    {
        var work = SharedWork.Start<int>(0, () => throw new InvalidOperationException("never asked"));

        Assert.Empty(work.Items());
    }
}
