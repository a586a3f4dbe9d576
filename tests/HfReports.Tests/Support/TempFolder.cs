namespace HfReports.Tests.Support;

/// <summary>
/// A fresh folder under the suite's temporary root (<see cref="SuiteTempRoot"/>), deleted with everything in it on
/// dispose. Every test that writes files uses one (or a fixture that owns one); <see cref="SuiteCleanupTests"/>
/// fails the suite when a folder is left behind.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("hfreports-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        // A folder that cannot be deleted is reported by SuiteCleanupTests rather than failing this test.
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
