using System.Buffers.Binary;

namespace FabMob.Tests.Shared;

/// <summary>
/// Small but real JPEG files (baseline JFIF, YCbCr without subsampling): each 8×8 block is one seeded colour,
/// so only DC coefficients are coded (the AC table holds only end-of-block). Any decoder reads them; a few
/// hundred bytes each, different for each seed.
/// </summary>
internal static class JpegWriter
{
    // The standard luminance DC table (ITU T.81, K.3): code lengths, then the categories 0–11.
    private static readonly byte[] DcLengths = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] DcSymbols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    // An AC table with one symbol: end of block (0x00), coded as the single bit 0.
    private static readonly byte[] AcLengths = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private const int Quantizer = 8;

    /// <summary>A mosaic of <paramref name="width"/> × <paramref name="height"/> pixels (rounded up to whole 8×8 blocks).</summary>
    public static byte[] Create(int width, int height, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 8);
        var random = new Random(seed);
        var (r0, g0, b0) = (random.Next(256), random.Next(256), random.Next(256));
        var (dr, dg) = (8 + random.Next(24), 8 + random.Next(24));
        var columns = (width + 7) / 8;
        var rows = (height + 7) / 8;

        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        var table = new byte[65];
        Array.Fill(table, (byte)Quantizer);
        table[0] = 0; // 8-bit precision, table 0
        Segment(jpeg, 0xDB, table);
        var frame = new byte[15];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), (ushort)(rows * 8));
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), (ushort)(columns * 8));
        frame[5] = 3;
        for (var c = 0; c < 3; c++)
        {
            frame[6 + (c * 3)] = (byte)(c + 1);
            frame[7 + (c * 3)] = 0x11; // no subsampling
            frame[8 + (c * 3)] = 0;
        }

        Segment(jpeg, 0xC0, frame);
        Segment(jpeg, 0xC4, [0x00, .. DcLengths, .. DcSymbols, 0x10, .. AcLengths, 0x00]);
        Segment(jpeg, 0xDA, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]);

        var (codes, sizes) = DcCodes();
        var bits = new BitWriter(jpeg);
        Span<int> previous = stackalloc int[3];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var band = (row + column) % 3 == 0 ? 48 : 0;
                var r = (r0 + (column * dr) + band) & 0xFF;
                var g = (g0 + (row * dg)) & 0xFF;
                var b = (b0 + band) & 0xFF;
                Span<int> levels =
                [
                    (int)Math.Round((0.299 * r) + (0.587 * g) + (0.114 * b)),
                    (int)Math.Round(128 - (0.168736 * r) - (0.331264 * g) + (0.5 * b)),
                    (int)Math.Round(128 + (0.5 * r) - (0.418688 * g) - (0.081312 * b)),
                ];
                for (var c = 0; c < 3; c++)
                {
                    // A flat block's DC coefficient is 8 × (level − 128); quantised by 8 it is the level shift itself.
                    var dc = Math.Clamp(levels[c], 0, 255) - 128;
                    var difference = dc - previous[c];
                    previous[c] = dc;
                    var category = difference == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(difference));
                    bits.Write(codes[category], sizes[category]);
                    if (category > 0)
                    {
                        bits.Write(difference > 0 ? difference : difference + (1 << category) - 1, category);
                    }

                    bits.Write(0, 1); // end of block
                }
            }
        }

        bits.Flush();
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    private static void Segment(Stream jpeg, byte marker, ReadOnlySpan<byte> data)
    {
        Span<byte> header = [0xFF, marker, 0, 0];
        BinaryPrimitives.WriteUInt16BigEndian(header[2..], (ushort)(data.Length + 2));
        jpeg.Write(header);
        jpeg.Write(data);
    }

    /// <summary>Canonical Huffman codes of the DC table, indexed by category.</summary>
    private static (int[] Codes, int[] Sizes) DcCodes()
    {
        var codes = new int[DcSymbols.Length];
        var sizes = new int[DcSymbols.Length];
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var n = 0; n < DcLengths[length - 1]; n++)
            {
                codes[DcSymbols[k]] = code++;
                sizes[DcSymbols[k]] = length;
                k++;
            }

            code <<= 1;
        }

        return (codes, sizes);
    }

    /// <summary>Entropy-coded bits, most significant first, with a 0x00 stuffed after every 0xFF byte.</summary>
    private sealed class BitWriter(Stream output)
    {
        private int _buffer;
        private int _count;

        public void Write(int value, int size)
        {
            for (var i = size - 1; i >= 0; i--)
            {
                _buffer = (_buffer << 1) | ((value >> i) & 1);
                if (++_count == 8)
                {
                    Emit();
                }
            }
        }

        /// <summary>Pads the last byte with 1 bits, as the standard asks.</summary>
        public void Flush()
        {
            while (_count != 0)
            {
                Write(1, 1);
            }
        }

        private void Emit()
        {
            output.WriteByte((byte)_buffer);
            if (_buffer == 0xFF)
            {
                output.WriteByte(0);
            }

            _buffer = 0;
            _count = 0;
        }
    }
}
