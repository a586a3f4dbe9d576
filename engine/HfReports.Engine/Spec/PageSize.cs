namespace HfReports.Engine.Spec;

/// <summary>The theme's <c>page</c>. A spec writes the member's name as it is (A4, Letter).</summary>
public enum PageSize
{
    A4,
    Letter,
}
