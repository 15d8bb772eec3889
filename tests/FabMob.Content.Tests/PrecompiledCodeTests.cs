using System.IO.Hashing;
using System.Reflection;

namespace FabMob.Content.Tests;

/// <summary>
/// What keeps the content library's code precompiled (ReadyToRun) in a published app: the compiler refuses every method
/// that lays out or reads a type holding a 128-bit integer, so one such field in <see cref="ContentPage"/> sent the
/// snapshot's constructor, the builder's placement and the cache's decoder to the JIT at each start.
/// </summary>
public sealed class PrecompiledCodeTests
{
    private const BindingFlags Fields = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_type_of_the_content_library_holds_a_128_bit_integer_so_ready_to_run_can_precompile_what_reads_it()
    {
        var holding = typeof(ContentSnapshot).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(Fields).Select(field => (type, field)))
            .Where(x => Holds128BitInteger(x.field.FieldType, []))
            .Select(x => $"{x.type.FullName}.{x.field.Name}")
            .ToList();

        Assert.True(holding.Count == 0, "128-bit integer fields: " + string.Join(", ", holding));
    }

    [Fact]
    public void The_scan_lists_its_entries_as_objects_so_the_frameworks_precompiled_directory_enumerator_serves_them()
    {
        // For a struct of this library, the framework's generic enumerator is compiled at each start instead.
        Assert.False(typeof(ScannedEntry).IsValueType);
    }

    [Fact]
    public void A_content_hash_is_the_xxhash128_of_the_bytes_in_two_halves()
    {
        var bytes = "---\ntitre: Vélo\n---\nLe vélo en ville.\n"u8.ToArray();
        var expected = XxHash128.HashToUInt128(bytes);

        var hash = ContentHash.Of(bytes);

        Assert.Equal((ulong)(expected >> 64), hash.High);
        Assert.Equal((ulong)expected, hash.Low);
        Assert.NotEqual(hash, ContentHash.Of(bytes.AsSpan(1)));
    }

    private static bool Holds128BitInteger(Type type, HashSet<Type> seen)
    {
        if (type == typeof(UInt128) || type == typeof(Int128))
        {
            return true;
        }

        // A struct is laid out inside what holds it: look into it (the library's own and generic ones such as a nullable).
        if (!type.IsValueType || type.IsPrimitive || type.IsEnum || !seen.Add(type))
        {
            return false;
        }

        return type.GetGenericArguments().Any(argument => Holds128BitInteger(argument, seen)) ||
               (type.Assembly == typeof(ContentSnapshot).Assembly &&
                type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Any(field => Holds128BitInteger(field.FieldType, seen)));
    }
}
