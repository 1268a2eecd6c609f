using System.Reflection;
using System.Runtime.InteropServices;
using Cloud.Unum.USearch;

namespace Claimtrail.Matching.Index;

/// <summary>
/// Calls of USearch's C library that its .NET binding (2.26) does not expose: changing the search
/// expansion of an open index and reserving room for many vectors at once. The binding keeps the native handle in a private field, read once here.
/// </summary>
internal static partial class UsearchNative
{
    private const string Library = "libusearch_c";

    private static readonly FieldInfo? HandleField =
        typeof(USearchIndex).GetField("_index", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Sets the candidate-list size of later searches; the graph is untouched.</summary>
    public static void ChangeExpansionSearch(USearchIndex index, int expansion)
    {
        var handle = Handle(index);
        ChangeExpansionSearch(handle, (nuint)expansion, out var error);
        ThrowOnError(error);
    }

    /// <summary>The search expansion in force.</summary>
    public static int ExpansionSearch(USearchIndex index)
    {
        var handle = Handle(index);
        var value = ExpansionSearch(handle, out var error);
        ThrowOnError(error);
        return checked((int)value);
    }

    /// <summary>Grows the graph's storage to <paramref name="capacity"/> vectors in one step.</summary>
    public static void Reserve(USearchIndex index, long capacity)
    {
        var handle = Handle(index);
        Reserve(handle, (nuint)capacity, out var error);
        ThrowOnError(error);
    }

    private static nint Handle(USearchIndex index)
    {
        // A newer binding may rename the field: fail with a clear reason rather than call through a null handle.
        if (HandleField?.GetValue(index) is not nint handle || handle == 0)
        {
            throw new InvalidOperationException("the USearch binding no longer keeps its native handle in the field '_index'; update UsearchNative");
        }

        return handle;
    }

    private static void ThrowOnError(nint error)
    {
        if (error != 0)
        {
            throw new USearchException(Marshal.PtrToStringUTF8(error) ?? "unknown USearch error");
        }
    }

    [LibraryImport(Library, EntryPoint = "usearch_change_expansion_search")]
    private static partial void ChangeExpansionSearch(nint index, nuint expansion, out nint error);

    [LibraryImport(Library, EntryPoint = "usearch_reserve")]
    private static partial void Reserve(nint index, nuint capacity, out nint error);

    [LibraryImport(Library, EntryPoint = "usearch_expansion_search")]
    private static partial nuint ExpansionSearch(nint index, out nint error);
}
