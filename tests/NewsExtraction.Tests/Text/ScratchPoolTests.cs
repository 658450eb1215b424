using FsCheck;
using FsCheck.Fluent;
using NewsExtraction.Text;
using Xunit;

namespace NewsExtraction.Tests.Text;

public class ScratchPoolTests
{
    // Element types of their own, so no library code on the test thread has arrays of them cached.
    private readonly record struct A(int X);

    private readonly record struct B(long X);

    private readonly record struct C(short X);

    private readonly record struct D(byte X);

    private readonly record struct E(double X);

    private sealed class Ref { }

    [Fact]
    public void A_returned_array_is_handed_out_again_on_the_same_thread()
    {
        A[] first = ScratchPool<A>.Rent(100);
        Assert.True(first.Length >= 100);
        ScratchPool<A>.Return(first);
        A[] again = ScratchPool<A>.Rent(50);
        Assert.Same(first, again);
        ScratchPool<A>.Return(again);
    }

    [Fact]
    public void Arrays_rented_at_the_same_time_are_distinct()
    {
        // A rented array leaves the cache: nested calls (a pipeline run inside an extractor) never share one.
        B[] outer = ScratchPool<B>.Rent(64);
        ScratchPool<B>.Return(ScratchPool<B>.Rent(64));
        B[] inner = ScratchPool<B>.Rent(64);
        B[] third = ScratchPool<B>.Rent(64);
        Assert.NotSame(outer, inner);
        Assert.NotSame(inner, third);
        Assert.NotSame(outer, third);
        ScratchPool<B>.Return(third);
        ScratchPool<B>.Return(inner);
        ScratchPool<B>.Return(outer);
    }

    [Fact]
    public void Arrays_of_references_are_cleared_on_return_so_the_cache_keeps_nothing_alive()
    {
        Ref[] array = ScratchPool<Ref>.Rent(4);
        array[0] = new Ref();
        ScratchPool<Ref>.Return(array);
        Ref[] again = ScratchPool<Ref>.Rent(4);
        Assert.Same(array, again);
        Assert.Null(again[0]);
        ScratchPool<Ref>.Return(again);
    }

    [Fact]
    public void An_array_over_the_size_cap_is_not_kept()
    {
        D[] huge = ScratchPool<D>.Rent(2 << 20);
        Assert.True(huge.Length >= 2 << 20);
        ScratchPool<D>.Return(huge);
        D[] next = ScratchPool<D>.Rent(2 << 20);
        Assert.NotSame(huge, next);
    }

    [Fact]
    public void Threads_do_not_share_cached_arrays()
    {
        C[] mine = ScratchPool<C>.Rent(32);
        ScratchPool<C>.Return(mine);
        C[]? theirs = null;
        var thread = new Thread(() =>
        {
            theirs = ScratchPool<C>.Rent(32);
            ScratchPool<C>.Return(theirs);
        });
        thread.Start();
        thread.Join();
        Assert.NotNull(theirs);
        Assert.NotSame(mine, theirs);
        Assert.Same(mine, ScratchPool<C>.Rent(32));
    }

    [Fact]
    public void Rent_always_gives_at_least_the_length_asked_for()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            (int n) =>
            {
                E[] a = ScratchPool<E>.Rent(n);
                bool ok = a.Length >= n;
                ScratchPool<E>.Return(a);
                return ok;
            }));
    }
}
