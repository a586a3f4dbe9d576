namespace HfReports.Engine.Expressions;

/// <summary>A parsed `mutate` expression: a small tree of literals, column and parameter names, operators and
/// calls of a fixed list of functions. Nothing in it can reach .NET: no member access, no reflection, no loops,
/// so evaluating it costs at most one step per node and row.</summary>
internal abstract record ExpressionNode(int Offset);

internal sealed record LiteralNode(object? Value, int Offset) : ExpressionNode(Offset);

/// <summary>A column of the frame (a bare name, or `name` in backquotes).</summary>
internal sealed record ColumnNode(string Name, int Offset) : ExpressionNode(Offset);

/// <summary>A report parameter: `params.name`.</summary>
internal sealed record ParameterNode(string Name, int Offset) : ExpressionNode(Offset);

internal sealed record UnaryNode(string Operator, ExpressionNode Operand, int Offset) : ExpressionNode(Offset);

internal sealed record BinaryNode(string Operator, ExpressionNode Left, ExpressionNode Right, int Offset) : ExpressionNode(Offset);

internal sealed record CallNode(string Function, IReadOnlyList<ExpressionNode> Arguments, int Offset) : ExpressionNode(Offset);
