using System.Runtime.InteropServices;

namespace HfReports.Engine.Spec;

/// <summary>
/// How many names a file has. A hard link passes every path check (it is a plain file inside the folder) yet its
/// contents are those of a file that may lie outside, so spec, SQL and template files with more than one name are
/// refused. .NET does not expose the link count; Linux's statx does, in a layout that is the same on every architecture.
/// </summary>
internal static class HardLinks
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int DoNotFollow = 0x100; // AT_SYMLINK_NOFOLLOW: a symbolic link is checked by SpecPaths, not here
    private const uint LinkCountField = 0x4; // STATX_NLINK
    private const int LinkCountOffset = 16; // u32 stx_mask, u32 stx_blksize, u64 stx_attributes, then u32 stx_nlink

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, string path, int flags, uint mask, byte[] buffer);

    /// <summary>The names the file at <paramref name="path"/> has; 1 where the system cannot tell (not Linux, no such file).</summary>
    public static long Count(string path)
    {
        if (!OperatingSystem.IsLinux()) return 1;
        var buffer = new byte[256];
        try
        {
            if (Statx(CurrentFolder, path, DoNotFollow, LinkCountField, buffer) != 0) return 1;
        }
        catch (EntryPointNotFoundException)
        {
            return 1; // a C library older than glibc 2.28
        }
        return BitConverter.ToUInt32(buffer, LinkCountOffset);
    }

    /// <summary>True for a regular file with more than one name.</summary>
    public static bool IsHardLinked(string path) => File.Exists(path) && Count(path) > 1;
}
