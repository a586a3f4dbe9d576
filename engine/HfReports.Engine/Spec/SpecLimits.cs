namespace HfReports.Engine.Spec;

/// <summary>
/// Hard ceilings on every size a spec controls, in one place for every reader, transform and chart to use
/// (SECURITY.md lists each: what it bounds, its default, its ceiling). A spec may lower a limit, never raise
/// it past its ceiling; past one is an error at the spec location, never an exhausted machine.
/// </summary>
internal static class SpecLimits
{
    /// <summary>Figure width and height, in inches (the page is 8.27 x 11.69).</summary>
    public const double MinFigureInches = 0.5;
    public const double MaxFigureInches = 20;

    /// <summary>The most cells (rows x columns) any frame may hold: from a query or made by a transform. A cell takes
    /// 8 bytes (a number, or a reference to its text), about 17 while a query reads it.</summary>
    public const long MaxFrameCells = 10_000_000;

    /// <summary>The most bytes of text and blobs one query's frame may hold (<see cref="Frames.ColumnValues.TextBytesOf"/>).</summary>
    public const long MaxFrameBytes = 256L * 1024 * 1024;

    /// <summary>The most columns a transform (pivot) may make.</summary>
    public const int MaxFrameColumns = 1_000;

    /// <summary>The ceiling of a chart's max_categories (its default is 200).</summary>
    public const int MaxCategories = 5_000;

    /// <summary>The widest moving-average window, in points (MathNet allocates a buffer of this size).</summary>
    public const int MaxWindow = 100_000;

    /// <summary>The most bins a histogram may draw (from bins: or from bin_width over the data's range).</summary>
    public const int MaxBins = 5_000;
}
