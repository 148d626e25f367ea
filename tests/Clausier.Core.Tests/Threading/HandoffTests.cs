using Clausier.Core.Threading;

namespace Clausier.Core.Tests.Threading;

public class HandoffTests
{
    [Fact]
    public void Work_withdrawn_before_any_thread_started_it_never_starts()
    {
        var handoff = new Handoff();

        Assert.False(handoff.WithdrawOrStarted());
        Assert.False(handoff.TryStart());
        Assert.False(handoff.WithdrawOrStarted());
    }

    [Fact]
    public void Work_is_started_by_one_thread_only_and_cannot_be_withdrawn_then()
    {
        var handoff = new Handoff();

        Assert.True(handoff.TryStart());
        Assert.False(handoff.TryStart());
        Assert.True(handoff.WithdrawOrStarted());
        handoff.Finish();
        handoff.Wait();
        Assert.True(handoff.WithdrawOrStarted());
    }

    [Fact]
    public void Waiting_for_started_work_returns_once_it_is_finished_and_sees_what_it_wrote()
    {
        var handoff = new Handoff();
        var started = new ManualResetEventSlim();
        var result = 0;
        var took = false;
        var worker = new Thread(() =>
        {
            took = handoff.TryStart();
            started.Set();
            Thread.Sleep(50);
            result = 42;
            handoff.Finish();
        });
        worker.Start();
        started.Wait();

        Assert.True(handoff.WithdrawOrStarted());
        handoff.Wait();

        Assert.Equal(42, result);
        worker.Join();
        Assert.True(took);
    }
}
