namespace HfReports.Engine.Expressions;

/// <summary>A parsed `mutate` expression: a small tree of literals, column and parameter names, operators and
/// calls of a fixed list of functions. Nothing in it can reach .NET: no member access, no reflection, no loops,
/// so evaluating it costs at most one step per node and row.</summary>
public abstract record ExpressionNode(int Offset);

public sealed record LiteralNode(object? Value, int Offset) : ExpressionNode(Offset);

/// <summary>A column of the frame (a bare name, or `name` in backquotes).</summary>
public sealed record ColumnNode(string Name, int Offset) : ExpressionNode(Offset);

/// <summary>A report parameter: `params.name`.</summary>
public sealed record ParameterNode(string Name, int Offset) : ExpressionNode(Offset);

public sealed record UnaryNode(string Operator, ExpressionNode Operand, int Offset) : ExpressionNode(Offset);

public sealed record BinaryNode(string Operator, ExpressionNode Left, ExpressionNode Right, int Offset) : ExpressionNode(Offset);

public sealed record CallNode(string Function, IReadOnlyList<ExpressionNode> Arguments, int Offset) : ExpressionNode(Offset);
