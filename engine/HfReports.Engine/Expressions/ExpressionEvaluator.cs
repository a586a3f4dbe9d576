using HfReports.Engine.Frames;

namespace HfReports.Engine.Expressions;

/// <summary>
/// Evaluates a parsed expression on one row. Values are those of frame columns (long, double, string, bool, DateTime,
/// null). Arithmetic and comparisons with null give null (as in SQL); `and`/`or` use SQL's three-valued logic;
/// `+` with text on either side joins text; `/` always gives a real number and null when dividing by zero.
/// </summary>
internal static class ExpressionEvaluator
{
    /// <summary>Joined text longer than this is an error rather than an unbounded allocation.</summary>
    public const int MaxTextLength = 10_000;

    public static object? Evaluate(ExpressionNode node, Func<string, object?> column, Func<string, object?> parameter) => node switch
    {
        LiteralNode literal => literal.Value,
        ColumnNode c => column(c.Name),
        ParameterNode p => parameter(p.Name),
        UnaryNode { Operator: "-" } u => Negate(Evaluate(u.Operand, column, parameter), u.Offset),
        UnaryNode u => Evaluate(u.Operand, column, parameter) switch
        {
            null => null,
            bool b => !b,
            var other => throw new ExpressionException($"'not' needs true or false, got {Describe(other)}", u.Offset),
        },
        BinaryNode { Operator: "and" or "or" } b => Logical(b, column, parameter),
        BinaryNode b => Binary(b.Operator, Evaluate(b.Left, column, parameter), Evaluate(b.Right, column, parameter), b.Offset),
        CallNode { Function: "if" } call => Evaluate(call.Arguments[0], column, parameter) switch
        {
            true => Evaluate(call.Arguments[1], column, parameter),
            false or null => Evaluate(call.Arguments[2], column, parameter),
            var other => throw new ExpressionException($"if's condition must be true or false, got {Describe(other)}", call.Offset),
        },
        CallNode { Function: "coalesce" } call => call.Arguments.Select(a => Evaluate(a, column, parameter)).FirstOrDefault(v => v is not null),
        CallNode call => ExpressionFunctions.Call(call.Function, call.Arguments.Select(a => Evaluate(a, column, parameter)).ToArray(), call.Offset),
        _ => throw new ExpressionException("unknown expression", node.Offset),
    };

    /// <summary>Every column name and parameter name the expression uses, to check them before any row is evaluated.</summary>
    public static IEnumerable<ExpressionNode> Names(ExpressionNode node) => node switch
    {
        ColumnNode or ParameterNode => [node],
        UnaryNode u => Names(u.Operand),
        BinaryNode b => Names(b.Left).Concat(Names(b.Right)),
        CallNode c => c.Arguments.SelectMany(Names),
        _ => [],
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"text '{(s.Length > 40 ? s[..40] + "…" : s)}'",
        bool b => b ? "true" : "false",
        DateTime d => $"the date {ValueParsing.FormatDate(d)}",
        _ => $"the number {ExpressionFunctions.Text(value)}",
    };

    private static object? Negate(object? value, int offset) => value switch
    {
        null => null,
        long l => l == long.MinValue ? throw new ExpressionException("the number is too large", offset) : -l,
        double d => -d,
        _ => throw new ExpressionException($"'-' needs a number, got {Describe(value)}", offset),
    };

    private static object? Logical(BinaryNode node, Func<string, object?> column, Func<string, object?> parameter)
    {
        var left = Truth(Evaluate(node.Left, column, parameter), node);
        // false and ... is false, true or ... is true, whatever the right side is.
        if (node.Operator == "and" && left == false) return false;
        if (node.Operator == "or" && left == true) return true;
        var right = Truth(Evaluate(node.Right, column, parameter), node);
        if (node.Operator == "and") return right == false ? false : left is null || right is null ? null : true;
        return right == true ? true : left is null || right is null ? null : false;
    }

    private static bool? Truth(object? value, BinaryNode node) => value switch
    {
        null => null,
        bool b => b,
        _ => throw new ExpressionException($"'{node.Operator}' needs true or false on both sides, got {Describe(value)}", node.Offset),
    };

    private static object? Binary(string op, object? left, object? right, int offset)
    {
        if (op == "+" && (left is string || right is string))
        {
            if (left is null || right is null) return null;
            var joined = ExpressionFunctions.Text(left) + ExpressionFunctions.Text(right);
            return joined.Length <= MaxTextLength ? joined
                : throw new ExpressionException($"the joined text is longer than {MaxTextLength} characters", offset);
        }
        if (left is null || right is null) return null;
        if (op is "==" or "!=" or "<" or "<=" or ">" or ">=") return Compare(op, left, right, offset);
        if (left is long a && right is long b && op != "/")
        {
            try
            {
                return op switch
                {
                    "+" => checked(a + b),
                    "-" => checked(a - b),
                    "*" => checked(a * b),
                    _ => b == 0 ? null : a % b,
                };
            }
            catch (OverflowException)
            {
                throw new ExpressionException($"{a} {op} {b} is too large for a whole number", offset);
            }
        }
        var x = ExpressionFunctions.Number($"'{op}'", left, offset);
        var y = ExpressionFunctions.Number($"'{op}'", right, offset);
        if (op is "/" or "%" && y == 0) return null;
        var result = op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "/" => x / y,
            _ => x % y,
        };
        return double.IsFinite(result) ? result : null;
    }

    private static bool Compare(string op, object left, object right, int offset)
    {
        int c;
        switch (left, right)
        {
            case (long or double, long or double):
                c = Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case (string a, string b):
                c = string.CompareOrdinal(a, b);
                break;
            case (DateTime a, DateTime b):
                c = a.CompareTo(b);
                break;
            // A date compared with text such as '2024-01-01' reads the text as a date.
            case (DateTime a, string b) when ValueParsing.TryParseDate(b, out var bd):
                c = a.CompareTo(bd);
                break;
            case (string a, DateTime b) when ValueParsing.TryParseDate(a, out var ad):
                c = ad.CompareTo(b);
                break;
            case (bool a, bool b) when op is "==" or "!=":
                c = a == b ? 0 : 1;
                break;
            default:
                throw new ExpressionException($"cannot compare {Describe(left)} with {Describe(right)} using '{op}'", offset);
        }
        return op switch
        {
            "==" => c == 0,
            "!=" => c != 0,
            "<" => c < 0,
            "<=" => c <= 0,
            ">" => c > 0,
            _ => c >= 0,
        };
    }
}
