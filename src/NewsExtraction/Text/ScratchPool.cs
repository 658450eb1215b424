using System.Runtime.CompilerServices;

namespace NewsExtraction.Text;

/// <summary>
/// Per-thread reusable arrays for per-call scratch, in place of <see cref="System.Buffers.ArrayPool{T}.Shared"/>.
/// </summary>
/// <remarks>
/// Why not the shared pool: its generic code lives in the runtime's own assembly, so a ReadyToRun image
/// cannot carry it precompiled for our element types (or even for <c>int</c> and <c>ulong</c>), and the first
/// extraction in a process paid about seventy Tier-0 JIT compilations for pool code alone. This generic type is
/// ours, so its instantiations are compiled into our image.
/// Each thread keeps at most <see cref="Slots"/> arrays per element type, none larger than
/// <see cref="MaxCachedBytes"/>; a larger request is served by a new array that is simply dropped on return.
/// A rented array leaves the cache, so nested and re-entrant calls on one thread never share an array.
/// </remarks>
internal static class ScratchPool<T>
{
    private const int Slots = 16;
    private const int MaxCachedBytes = 1 << 20;

    [ThreadStatic]
    private static T[]?[]? t_cache;

    /// <summary>An array of at least <paramref name="minimumLength"/> elements (not cleared: it may hold old values).</summary>
    public static T[] Rent(int minimumLength)
    {
        T[]?[]? cache = t_cache;
        if (cache is not null)
        {
            for (int i = 0; i < cache.Length; i++)
            {
                T[]? candidate = cache[i];
                if (candidate is not null && candidate.Length >= minimumLength)
                {
                    cache[i] = null;
                    return candidate;
                }
            }
        }

        int length = 16;
        while (length < minimumLength && length < (1 << 30))
        {
            length <<= 1;
        }

        return new T[Math.Max(length, minimumLength)];
    }

    /// <summary>
    /// Keeps <paramref name="array"/> for the next <see cref="Rent"/> on this thread (cleared first when its element
    /// type holds references, so the cache never keeps objects alive); the caller must not use it afterwards.
    /// </summary>
    public static void Return(T[] array)
    {
        if (array.Length == 0 || (long)array.Length * Unsafe.SizeOf<T>() > MaxCachedBytes)
        {
            return;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(array);
        }

        T[]?[] cache = t_cache ??= new T[]?[Slots];
        int smallest = 0;
        for (int i = 0; i < cache.Length; i++)
        {
            T[]? held = cache[i];
            if (held is null)
            {
                cache[i] = array;
                return;
            }

            if (held.Length < cache[smallest]!.Length)
            {
                smallest = i;
            }
        }

        if (cache[smallest]!.Length < array.Length)
        {
            cache[smallest] = array;
        }
    }
}
