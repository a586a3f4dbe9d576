namespace HfReports.Engine.Spec;

/// <summary>One chart (a figure's panel): its type and encodings, as declared.</summary>
public sealed record ChartSpec(
    string Type,
    EncodingSpec? X,
    EncodingSpec? Y,
    EncodingSpec? Color,
    string Stack,
    string? Title,
    string Legend,
    double HeightWeight,
    SourceLocation Location,
    string KeyPath);

/// <summary>How a frame column maps to a visual channel (an axis or the colour).</summary>
/// <param name="Type">number, date or category (axes); for colour, the palette applies.</param>
public sealed record EncodingSpec(
    string Field,
    string? Type,
    string? Title,
    string? Format,
    string? Palette,
    SourceLocation Location,
    string KeyPath);
