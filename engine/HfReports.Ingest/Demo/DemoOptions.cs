namespace HfReports.Ingest.Demo;

/// <summary>Arguments of the synthetic snapshot generator. The same options always give the same bytes.</summary>
public sealed record DemoOptions(int Models = DemoOptions.DefaultModels, int Seed = DemoOptions.DefaultSeed)
{
    public const int DefaultModels = 7000;
    public const int DefaultSeed = 42;
}
