namespace HfReports.Engine.Publishing;

/// <summary>
/// An output could not be written to its temporary file (a full disk, a file too large for the file system, a folder
/// that turned read-only): the build's staged files are removed and the previous outputs stay as they were.
/// </summary>
public sealed class OutputWriteException(string output, Exception cause)
    : Exception($"'{Path.GetFileName(output)}' could not be written in '{Path.GetDirectoryName(output)}' ({cause.Message.Split(" : '")[0]}); "
        + "the previous outputs are unchanged and no temporary file is left", cause);
