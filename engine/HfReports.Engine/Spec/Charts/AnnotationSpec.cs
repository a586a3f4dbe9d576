namespace HfReports.Engine.Spec.Charts;

/// <summary>A mark placed by value rather than by data: a vertical or horizontal reference
/// line, a shaded x or y range, or a text label. Positions stay text until the axis they sit
/// on is known (a date on a date axis, a number on a number axis, a category name).</summary>
/// <param name="At">vline/hline: the position. text: the x position.</param>
/// <param name="To">xrange/yrange: the end of the range (At is the start). text: the y position.</param>
/// <param name="LabelAt">Where along the line its label sits (y for vline, x for hline); default near the top/right.</param>
internal sealed record AnnotationSpec(
    AnnotationKind Kind,
    string At,
    string? To,
    string? Label,
    string? Color,
    bool Dash,
    string? LabelAt,
    double? Opacity,
    double? FontSize,
    SourceLocation Location,
    string KeyPath);
