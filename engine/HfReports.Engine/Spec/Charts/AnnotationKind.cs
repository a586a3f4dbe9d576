namespace HfReports.Engine.Spec.Charts;

/// <summary>What an annotation marks, named by its one kind key.</summary>
internal enum AnnotationKind
{
    /// <summary>A vertical reference line.</summary>
    Vline,

    /// <summary>A horizontal reference line.</summary>
    Hline,

    /// <summary>A shaded range of x.</summary>
    Xrange,

    /// <summary>A shaded range of y.</summary>
    Yrange,

    /// <summary>A text label at (x, y).</summary>
    Text,
}
