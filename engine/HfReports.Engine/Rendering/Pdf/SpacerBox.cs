namespace HfReports.Engine.Rendering.Pdf;

/// <summary>Vertical space between blocks; never starts a page.</summary>
internal sealed class SpacerBox(float height) : LayoutBox
{
    public override float Height => height;
    public override bool IsDiscardableAtPageTop => true;
    public override void Draw(PageContext page, float x, float y, float width) { }
}
