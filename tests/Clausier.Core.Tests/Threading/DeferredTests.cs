using Clausier.Core.Threading;

namespace Clausier.Core.Tests.Threading;

public class DeferredTests
{
    [Fact]
    public void A_started_value_is_computed_once_whoever_asks_first()
    {
        var calls = 0;
        var deferred = Deferred.Start(() => Interlocked.Increment(ref calls));

        var values = new int[8];
        Parallel.For(0, values.Length, i => values[i] = deferred.Value);

        Assert.All(values, v => Assert.Equal(1, v));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void An_on_demand_value_is_computed_by_the_thread_that_asks_and_not_before()
    {
        var computedOn = -1;
        var deferred = Deferred.OnDemand(() => computedOn = Environment.CurrentManagedThreadId);

        Thread.Sleep(50); // a started value would have been computed by a pool thread by now
        Assert.Equal(-1, computedOn);
        Assert.Equal(Environment.CurrentManagedThreadId, deferred.Value);
    }

    [Fact]
    public void A_value_given_is_the_value()
    {
        var deferred = Deferred.FromValue("déjà connu");

        Assert.Equal("déjà connu", deferred.Value);
        Assert.Equal("déjà connu", deferred.Value);
    }

    [Fact]
    public void An_error_reaches_every_caller()
    {
        var deferred = Deferred.OnDemand<int>(() => throw new InvalidOperationException("boom"));

        Assert.Equal("boom", Assert.Throws<InvalidOperationException>(() => deferred.Value).Message);
        Assert.Equal("boom", Assert.Throws<InvalidOperationException>(() => deferred.Value).Message);
    }
}
