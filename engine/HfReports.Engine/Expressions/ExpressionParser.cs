using System.Globalization;

namespace HfReports.Engine.Expressions;

/// <summary>
/// Parses the expression language of `mutate` (reports/DSL.md, "Expressions"): numbers, 'text', true, false, null,
/// column names, params.name, + - * / %, == != &lt; &lt;= &gt; &gt;=, and, or, not, parentheses and the calls of
/// <see cref="ExpressionFunctions"/>. Length and nesting are bounded so a hostile spec cannot exhaust the stack.
/// </summary>
internal sealed class ExpressionParser
{
    public const int MaxLength = 2000;
    public const int MaxDepth = 40;
    public const int MaxNodes = 400;

    private readonly string _text;
    private int _position;
    private int _depth;
    private int _nodes;

    private ExpressionParser(string text) => _text = text;

    public static ExpressionNode Parse(string text)
    {
        if (text.Length > MaxLength)
            throw new ExpressionException($"the expression is {text.Length} characters long; at most {MaxLength} are allowed", MaxLength);
        var parser = new ExpressionParser(text);
        parser.SkipSpace();
        if (parser.AtEnd) throw new ExpressionException("the expression is empty", 0, "for example: round(params_b)");
        var node = parser.Or();
        parser.SkipSpace();
        if (!parser.AtEnd) throw new ExpressionException($"unexpected '{parser.Rest()}'", parser._position, "an operator (+ - * / == and ...) is missing?");
        return node;
    }

    private bool AtEnd => _position >= _text.Length;

    private string Rest() => _text[_position..Math.Min(_text.Length, _position + 12)];

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_position])) _position++;
    }

    private T Count<T>(T node) where T : ExpressionNode
    {
        if (++_nodes > MaxNodes)
            throw new ExpressionException($"the expression has more than {MaxNodes} parts; split it into several mutate columns", node.Offset);
        return node;
    }

    private bool Accept(string symbol, bool word = false)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _position, symbol, 0, symbol.Length) != 0) return false;
        var end = _position + symbol.Length;
        if (word && end < _text.Length && IsNamePart(_text[end])) return false;
        // '<' must not take the first half of '<=', nor '=' of '=='.
        if (!word && symbol.Length == 1 && end < _text.Length && _text[end] == '=' && symbol is "<" or ">" or "=" or "!") return false;
        _position = end;
        return true;
    }

    private ExpressionNode Or()
    {
        var left = And();
        while (true)
        {
            var at = _position;
            if (!Accept("or", word: true)) return left;
            left = Count(new BinaryNode("or", left, And(), at));
        }
    }

    private ExpressionNode And()
    {
        var left = Not();
        while (true)
        {
            var at = _position;
            if (!Accept("and", word: true)) return left;
            left = Count(new BinaryNode("and", left, Not(), at));
        }
    }

    private ExpressionNode Not()
    {
        SkipSpace();
        var at = _position;
        if (Accept("not", word: true)) return Nested(() => Count(new UnaryNode("not", Not(), at)));
        return Comparison();
    }

    private static readonly string[] Comparisons = ["==", "!=", "<=", ">=", "<", ">"];

    private ExpressionNode Comparison()
    {
        var left = Additive();
        SkipSpace();
        var at = _position;
        foreach (var op in Comparisons)
            if (Accept(op)) return Count(new BinaryNode(op, left, Additive(), at));
        if (Accept("=")) throw new ExpressionException("'=' is not an operator", at, "write '==' to compare");
        return left;
    }

    private ExpressionNode Additive()
    {
        var left = Multiplicative();
        while (true)
        {
            SkipSpace();
            var at = _position;
            if (Accept("+")) left = Count(new BinaryNode("+", left, Multiplicative(), at));
            else if (Accept("-")) left = Count(new BinaryNode("-", left, Multiplicative(), at));
            else return left;
        }
    }

    private ExpressionNode Multiplicative()
    {
        var left = Unary();
        while (true)
        {
            SkipSpace();
            var at = _position;
            if (Accept("*")) left = Count(new BinaryNode("*", left, Unary(), at));
            else if (Accept("/")) left = Count(new BinaryNode("/", left, Unary(), at));
            else if (Accept("%")) left = Count(new BinaryNode("%", left, Unary(), at));
            else return left;
        }
    }

    private ExpressionNode Unary()
    {
        SkipSpace();
        var at = _position;
        if (Accept("-")) return Nested(() => Count(new UnaryNode("-", Unary(), at)));
        return Primary();
    }

    private ExpressionNode Nested(Func<ExpressionNode> parse)
    {
        if (++_depth > MaxDepth)
            throw new ExpressionException($"the expression nests more than {MaxDepth} levels deep", _position);
        try { return parse(); }
        finally { _depth--; }
    }

    private ExpressionNode Primary()
    {
        SkipSpace();
        var at = _position;
        if (AtEnd) throw new ExpressionException("the expression ends where a value was expected", at);
        var c = _text[at];
        if (c == '(')
        {
            _position++;
            var inner = Nested(Or);
            if (!Accept(")")) throw new ExpressionException("a ')' is missing", _position);
            return inner;
        }
        if (c is '\'' or '"') return Count(new LiteralNode(ReadString(c), at));
        if (c == '`')
        {
            var end = _text.IndexOf('`', at + 1);
            if (end < 0) throw new ExpressionException("a closing ` is missing", at);
            _position = end + 1;
            return Count(new ColumnNode(_text[(at + 1)..end], at));
        }
        if (char.IsAsciiDigit(c) || (c == '.' && at + 1 < _text.Length && char.IsAsciiDigit(_text[at + 1]))) return Count(new LiteralNode(ReadNumber(), at));
        if (IsNameStart(c))
        {
            var name = ReadName();
            switch (name)
            {
                case "true": return Count(new LiteralNode(true, at));
                case "false": return Count(new LiteralNode(false, at));
                case "null": return Count(new LiteralNode(null, at));
                case "params":
                    if (!Accept(".")) throw new ExpressionException("write params.NAME to use a report parameter", _position);
                    SkipSpace();
                    if (AtEnd || !IsNameStart(_text[_position])) throw new ExpressionException("a parameter name is missing after 'params.'", _position);
                    return Count(new ParameterNode(ReadName(), at));
            }
            SkipSpace();
            if (AtEnd || _text[_position] != '(') return Count(new ColumnNode(name, at));
            if (!ExpressionFunctions.Arity.TryGetValue(name, out var arity))
                throw new ExpressionException($"unknown function '{name}'", at,
                    Spec.Suggestions.DidYouMean(name, ExpressionFunctions.Arity.Keys) ?? $"functions: {string.Join(", ", ExpressionFunctions.Arity.Keys)}");
            _position++;
            var arguments = new List<ExpressionNode>();
            if (!Accept(")"))
            {
                do arguments.Add(Nested(Or));
                while (Accept(","));
                if (!Accept(")")) throw new ExpressionException($"a ')' is missing after the arguments of {name}", _position);
            }
            if (arguments.Count < arity.Min || arguments.Count > arity.Max)
                throw new ExpressionException($"{name} takes {ExpressionFunctions.DescribeArity(arity)}, found {arguments.Count}", at,
                    $"for example: {ExpressionFunctions.Example(name)}");
            return Count(new CallNode(name, arguments, at));
        }
        throw new ExpressionException($"unexpected '{c}'", at);
    }

    private string ReadString(char quote)
    {
        var start = _position;
        var text = new System.Text.StringBuilder();
        _position++;
        while (true)
        {
            if (AtEnd) throw new ExpressionException($"the text starting here has no closing {quote}", start);
            var c = _text[_position++];
            if (c != quote) { text.Append(c); continue; }
            // A doubled quote stands for the quote itself ('it''s').
            if (!AtEnd && _text[_position] == quote) { text.Append(quote); _position++; continue; }
            return text.ToString();
        }
    }

    private object ReadNumber()
    {
        var start = _position;
        while (!AtEnd && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.')) _position++;
        if (!AtEnd && _text[_position] is 'e' or 'E')
        {
            _position++;
            if (!AtEnd && _text[_position] is '+' or '-') _position++;
            while (!AtEnd && char.IsAsciiDigit(_text[_position])) _position++;
        }
        var token = _text[start.._position];
        if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var integer)) return integer;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)) return real;
        throw new ExpressionException($"'{token}' is not a number", start);
    }

    private string ReadName()
    {
        var start = _position;
        while (!AtEnd && IsNamePart(_text[_position])) _position++;
        return _text[start.._position];
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
