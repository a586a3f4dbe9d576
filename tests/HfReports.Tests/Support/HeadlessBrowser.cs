using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace HfReports.Tests.Support;

/// <summary>
/// A headless Chromium that stays open on one page, driven through the DevTools protocol: the test reads what the
/// page shows (JavaScript evaluated in it) while the page lives on, reloads by itself and so on.
/// </summary>
public sealed class HeadlessBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket = new();
    private readonly string _profile;
    private readonly string _temporary;
    private readonly StringBuilder _errors = new();
    private int _nextId;

    private HeadlessBrowser(Process process, string profile, string temporary)
    {
        _process = process;
        _profile = profile;
        _temporary = temporary;
    }

    /// <param name="profile">Chromium's profile folder.</param>
    public static async Task<HeadlessBrowser> OpenAsync(Uri page, string profile)
    {
        var start = new ProcessStartInfo(Requires.Chromium()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Its own temporary folder, deleted on dispose, directly under the suite's root: Chromium puts its singleton
        // socket two levels below it, and a socket path longer than 107 bytes makes Chromium exit at once (a deeper
        // folder did under a longer TMPDIR).
        var temporary = Directory.CreateTempSubdirectory("c").FullName;
        start.Environment["TMPDIR"] = temporary;
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--no-first-run", "--disable-sync", "--remote-debugging-port=0", $"--user-data-dir={profile}", page.AbsoluteUri,
                 })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        var browser = new HeadlessBrowser(process, profile, temporary);
        process.ErrorDataReceived += (_, line) => { lock (browser._errors) browser._errors.AppendLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Chromium writes the port it chose into the profile folder.
            var portFile = Path.Combine(profile, "DevToolsActivePort");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 1)
            {
                if (DateTime.UtcNow > deadline || process.HasExited) throw new InvalidOperationException(
                    $"chromium did not open its DevTools port ({(process.HasExited ? $"exited with {process.ExitCode}" : "still running")}); its errors:\n{browser.Errors}");
                await Task.Delay(100);
            }
            var port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
            using var http = new HttpClient();
            string? socketUrl = null;
            while (socketUrl is null)
            {
                if (DateTime.UtcNow > deadline) throw new InvalidOperationException("chromium shows no page");
                using var targets = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"));
                socketUrl = targets.RootElement.EnumerateArray().Where(t => t.GetProperty("type").GetString() == "page")
                    .Select(t => t.GetProperty("webSocketDebuggerUrl").GetString()).FirstOrDefault();
                if (socketUrl is null) await Task.Delay(100);
            }
            await browser._socket.ConnectAsync(new Uri(socketUrl), CancellationToken.None);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value as text ("" for null).</summary>
    public async Task<string> EvaluateAsync(string expression)
    {
        var id = Interlocked.Increment(ref _nextId);
        var request = JsonSerializer.Serialize(new { id, method = "Runtime.evaluate", @params = new { expression, returnByValue = true } });
        await _socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, true, CancellationToken.None);
        while (true)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync());
            if (!reply.RootElement.TryGetProperty("id", out var replyId) || replyId.GetInt32() != id) continue;
            var result = reply.RootElement.GetProperty("result").GetProperty("result");
            return result.TryGetProperty("value", out var value) ? value.ToString() : "";
        }
    }

    /// <summary>Evaluates the expression until it gives a value the condition accepts; the last value when it never does.</summary>
    public async Task<string> WaitForAsync(string expression, Func<string, bool> condition, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        var value = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                value = await EvaluateAsync(expression);
                if (condition(value)) return value;
            }
            catch (KeyNotFoundException)
            {
                // The page was between two loads: ask again.
            }
            await Task.Delay(100);
        }
        return value;
    }

    private async Task<string> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var part = await _socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, part.Count);
            if (part.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open) await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Chromium is going away anyway.
        }
        _socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_temporary, recursive: true); }
        catch (IOException) { } // reported by SuiteCleanupTests
    }

    private string Errors { get { lock (_errors) return _errors.ToString(); } }
}
