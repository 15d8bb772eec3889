using System.Runtime.InteropServices;
using FabMob.Content.PageCache;

namespace FabMob.Content.Tests.PageCache;

/// <summary>Where a cache load copies the pages' HTML and text: slices of a few large arrays, never one across two.</summary>
public sealed class PageSlabsTests
{
    [Fact]
    public void Small_pieces_are_slices_of_one_large_array_one_after_the_other()
    {
        var slabs = new PageSlabs();

        var first = Segment(slabs.Copy("<p>Vélo</p>"u8));
        var second = Segment(slabs.Copy("<p>Ville</p>"u8));

        Assert.Same(first.Array, second.Array);
        Assert.Equal(PageSlabs.SlabBytes, first.Array!.Length);
        Assert.Equal(first.Offset + first.Count, second.Offset);
        Assert.Equal("<p>Vélo</p>"u8.ToArray(), first.ToArray());
        Assert.Equal("<p>Ville</p>"u8.ToArray(), second.ToArray());
        Assert.Equal(1, slabs.Slabs);
    }

    [Fact]
    public void A_piece_that_does_not_fit_the_rest_of_a_slab_starts_a_new_one_and_never_spans_two()
    {
        var slabs = new PageSlabs();
        var almost = new byte[PageSlabs.OwnArrayBytes - 1];
        var filled = 0;
        ArraySegment<byte> last = default;
        while (filled + almost.Length <= PageSlabs.SlabBytes)
        {
            last = Segment(slabs.Copy(almost));
            filled += almost.Length;
        }

        var piece = new byte[PageSlabs.SlabBytes - filled + 1];
        Array.Fill(piece, (byte)'x');
        var next = Segment(slabs.Copy(piece));

        Assert.NotSame(last.Array, next.Array);
        Assert.Equal(0, next.Offset);
        Assert.Equal(piece, next.ToArray());
        Assert.Equal(2, slabs.Slabs);
    }

    [Fact]
    public void A_piece_larger_than_a_slab_gets_an_array_of_its_own_and_the_current_slab_goes_on()
    {
        var slabs = new PageSlabs();
        var before = Segment(slabs.Copy("avant"u8));
        var large = new byte[PageSlabs.SlabBytes + 10];
        large[^1] = 42;

        var own = Segment(slabs.Copy(large));
        var after = Segment(slabs.Copy("après"u8));

        Assert.Equal(large.Length, own.Array!.Length);
        Assert.Equal(0, own.Offset);
        Assert.Equal(large, own.ToArray());
        Assert.Same(before.Array, after.Array);
        Assert.Equal(before.Offset + before.Count, after.Offset);
        Assert.Equal(1, slabs.Slabs);
    }

    [Fact]
    public void An_empty_piece_takes_no_room()
    {
        var slabs = new PageSlabs();

        Assert.True(slabs.Copy([]).IsEmpty);
        Assert.Equal(0, slabs.Slabs);
    }

    private static ArraySegment<byte> Segment(ReadOnlyMemory<byte> memory)
    {
        Assert.True(MemoryMarshal.TryGetArray(memory, out var segment));
        return segment;
    }
}
