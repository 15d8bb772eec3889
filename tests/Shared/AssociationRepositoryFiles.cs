using System.Globalization;
using System.Text;

namespace FabMob.Tests.Shared;

/// <summary>
/// Writes the files of the generated repository under a root folder, by repository path (<c>/</c> separators):
/// UTF-8 text (LF unless asked for CRLF, BOM on request), real PNG and JPEG pictures, minimal valid PDFs, an SVG
/// logo. Remembers every picture and document it wrote.
/// </summary>
internal sealed class AssociationRepositoryFiles(string root)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly SortedSet<string> _pictures = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _documents = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Pictures => _pictures;

    public IReadOnlyCollection<string> Documents => _documents;

    public void Text(string path, string text, bool bom = false, bool crlf = false)
    {
        text = text.ReplaceLineEndings(crlf ? "\r\n" : "\n");
        Bytes(path, (bom ? Utf8Bom : Utf8NoBom).GetPreamble().Concat(Utf8NoBom.GetBytes(text)).ToArray());
    }

    /// <summary>A picture at <paramref name="path"/> (PNG or JPEG by extension, any case), written once; its pixels follow <paramref name="seed"/>.</summary>
    public void Picture(string path, int seed, int width = 64, int height = 48)
    {
        if (!_pictures.Add(path))
        {
            return;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        Bytes(path, extension switch
        {
            ".png" => PngWriter.Create(width, height, seed),
            ".jpg" or ".jpeg" => JpegWriter.Create(width, height, seed),
            _ => throw new ArgumentException($"not a PNG or JPEG picture: {path}", nameof(path)),
        });
    }

    /// <summary>An SVG picture (the logo).</summary>
    public void Svg(string path, string svg)
    {
        _pictures.Add(path);
        Text(path, svg);
    }

    /// <summary>A one-page PDF whose page shows <paramref name="title"/> (ASCII), with a correct cross-reference table.</summary>
    public void Pdf(string path, string title)
    {
        _documents.Add(path);
        var escaped = title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal)
            .Replace(")", "\\)", StringComparison.Ordinal);
        var stream = $"BT /F1 20 Tf 72 760 Td ({escaped}) Tj ET\n";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var k = 0; k < objects.Length; k++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{k + 1} 0 obj\n{objects[k]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Bytes(path, Encoding.ASCII.GetBytes(pdf.ToString()));
    }

    public string FullPath(string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));

    private void Bytes(string path, byte[] bytes)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
