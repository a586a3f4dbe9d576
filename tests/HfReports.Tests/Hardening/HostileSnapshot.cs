using HfReports.Tests.Support;

namespace HfReports.Tests.Hardening;

/// <summary>
/// The tiny spec-test snapshot plus the hostile values the corpus throws at the engine: a huge string, control
/// characters, right-to-left and emoji text, NaN and infinities (as text, read as real), extreme
/// integers, dates at and past the edge of the calendar, and NULLs in every column.
/// </summary>
public static class HostileSnapshot
{
    public const int HugeStringLength = 200_000;

    public static void Write(string path)
    {
        TinySnapshot.Write(path); // the meta and six models every spec test knows
        SqliteFile.Execute(path, """
            CREATE TABLE hostile (id INTEGER PRIMARY KEY, kind TEXT, label TEXT, number TEXT, whole INTEGER, day TEXT);
            INSERT INTO hostile (kind, label, number, whole, day) VALUES
              ('plain', 'ordinary', '1.5', 1, '2024-01-01'),
              ('control', 'bell' || char(7) || 'escape' || char(27) || '[31m' || char(0) || 'nul' || char(8) || char(12), '2', 2, '2024-01-02'),
              ('rtl', 'مرحبا بالعالم ' || char(8238) || 'txt.exe', '3', 3, '2024-01-03'),
              ('emoji', '👩‍👩‍👧‍👦🚀 Z̴̡͙a̸l̷g̵o 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '4', 4, '2024-01-04'),
              ('nan', 'not a number', 'NaN', 5, '2024-01-05'),
              ('inf', 'infinity', 'Infinity', 9223372036854775807, '0001-01-01'),
              ('-inf', 'minus infinity', '-Infinity', -9223372036854775808, '9999-12-31'),
              ('huge', replace(hex(zeroblob(100000)), '00', 'ab'), '1e308', 7, '1900-01-01'),
              ('null', NULL, NULL, NULL, NULL);
            CREATE TABLE imports (import_id INTEGER PRIMARY KEY, source_name TEXT, sha256 TEXT, format TEXT, generation TEXT,
              as_of TEXT, rows_kept INTEGER, synthetic INTEGER);
            INSERT INTO imports VALUES (1, 'hostile.csv', 'ab', 'v1-csv', 'v1', '2024-06-15', 9, 0);
            CREATE TABLE early_dates (day TEXT);
            INSERT INTO early_dates VALUES ('0050-06-15'), ('0099-12-31'), ('0001-01-02');
            CREATE TABLE far_dates (day TEXT);
            INSERT INTO far_dates VALUES ('2024-01-01'), ('10000-01-01');
            """);
    }
}
