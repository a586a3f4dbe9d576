using HfReports.Engine.Document;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A figure scaled to the text width (never up-scaled past its declared size), centred, drawn as vector.</summary>
internal sealed class FigureBox(DrawnFigure graphic, float availableWidth) : LayoutBox
{
    private readonly float _width = Math.Min(graphic.Width, availableWidth);

    public override float Height => graphic.Height * _width / graphic.Width;

    public override void Draw(PageContext page, float x, float y, float width)
    {
        page.Canvas.Save();
        page.Canvas.Translate(x + (width - _width) / 2, y);
        using (Build.BuildProfile.Measure("pdf drawing: figures"))
            graphic.Draw(page.Canvas, _width);
        page.Canvas.Restore();
    }
}
