using System.Runtime.InteropServices;

namespace NewsExtraction.Text;

/// <summary>
/// A growable per-call buffer on arrays from <see cref="ScratchPool{T}"/>: items are gathered there and
/// copied once into a list of exactly their count (<see cref="ToList"/>), so a list that escapes into the
/// caller's result costs its final size only, without the doubling copies and slack of List growth.
/// A mutable struct: keep it in a local and pass it by ref.
/// </summary>
internal struct ScratchList<T>
{
    private T[] _items;
    private int _count;

    public ScratchList(int capacity)
    {
        _items = ScratchPool<T>.Rent(Math.Max(16, capacity));
        _count = 0;
    }

    public readonly int Count => _count;

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            T[] larger = ScratchPool<T>.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            ScratchPool<T>.Return(_items);
            _items = larger;
        }

        _items[_count++] = item;
    }

    /// <summary>
    /// Hands over the pooled buffer itself (items [0, <paramref name="count"/>)): the caller gives it back to
    /// <see cref="ScratchPool{T}"/> when done.
    /// </summary>
    public T[] Detach(out int count)
    {
        T[] items = _items;
        count = _count;
        _items = [];
        _count = 0;
        return items;
    }

    /// <summary>The gathered items in a list of exactly their count; the buffer goes back to the pool.</summary>
    public List<T> ToList()
    {
        var list = new List<T>(_count);
        CollectionsMarshal.SetCount(list, _count);
        _items.AsSpan(0, _count).CopyTo(CollectionsMarshal.AsSpan(list));
        ScratchPool<T>.Return(_items);
        _items = [];
        _count = 0;
        return list;
    }
}
