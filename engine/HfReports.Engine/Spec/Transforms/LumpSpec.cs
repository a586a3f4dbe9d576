namespace HfReports.Engine.Spec.Transforms;

/// <summary>`lump: { column, top: N | min_share: 0.05 | min_count: 50, weight, other: Other, as }`:
/// keeps the frequent categories of a text column and renames the rest to "Other".</summary>
/// <param name="Weight">A numeric column whose sum measures a category's size; by default each row counts one.</param>
internal sealed record LumpSpec(string Column, int? Top, double? MinShare, double? MinCount, string? Weight, string Other, string As,
    SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "lump";

    public static LumpSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("column", "top", "min_share", "min_count", "weight", "other", "as");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        var top = args.Integer("top");
        var minShare = args.Number("min_share");
        var minCount = args.Number("min_count");
        var rules = new[] { "top", "min_share", "min_count" }.Where(args.Has).ToArray();
        if (rules.Length != 1)
        {
            if (rules.Length == 0 && args.HasUnknownKeys) return null;
            factory.Diagnostics.Error(rules.Length == 0
                ? "the 'lump' transform needs one rule: top (keep the N largest), min_share (keep those above a share) or min_count"
                : $"the 'lump' transform takes one rule, found {string.Join(" and ", rules)}", factory.Node.Location, factory.Node.KeyPath);
            return null;
        }
        if (minShare is < 0 or > 1)
            factory.Diagnostics.Error($"'min_share' is a share between 0 and 1, found {minShare}", args.Optional("min_share")!.Location,
                args.Optional("min_share")!.KeyPath, minShare > 1 ? $"for {minShare}% write {minShare / 100}" : null);
        if (top is < 1)
            factory.Diagnostics.Error($"'top' must be at least 1, found {top}", args.Optional("top")!.Location, args.Optional("top")!.KeyPath);
        return column is null ? null
            : new LumpSpec(column, top, minShare, minCount, args.String("weight"), args.String("other") ?? "Other", args.String("as") ?? column,
                factory.Node.Location, factory.Node.KeyPath);
    }
}
