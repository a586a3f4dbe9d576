using System.Reflection;
using System.Reflection.Emit;

namespace HfReports.Tests.Architecture;

/// <summary>
/// The types a compiled type refers to: its base type and interfaces, the types of its fields, properties and method
/// signatures, and every type, method or field token in its method bodies (read from the IL, so a call by full name
/// counts as much as a <c>using</c>). Nested types, lambdas and closures included, under their own names.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var contract in type.GetInterfaces()) yield return contract;
        foreach (var field in type.GetFields(Everything)) yield return field.FieldType;
        foreach (var property in type.GetProperties(Everything)) yield return property.PropertyType;
        var methods = type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything));
        foreach (var method in methods)
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            foreach (var referenced in InBody(method)) yield return referenced;
        }
    }

    /// <summary>Types named by the operands of a method body's instructions (type, field and method tokens).</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE) value = (short)(0xFE00 | il[position++]);
            if (!OpCodesByValue.TryGetValue(value, out var opCode)) yield break; // not IL we can follow: stop, never guess
            var operandSize = OperandSize(opCode.OperandType, il, position);
            if (opCode.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
            {
                var token = BitConverter.ToInt32(il, position);
                Type? referenced = null;
                try
                {
                    referenced = module.ResolveMember(token, typeArguments, methodArguments) switch
                    {
                        Type t => t,
                        MemberInfo member => member.DeclaringType,
                        _ => null,
                    };
                }
                catch (ArgumentException) { } // tokens of generic contexts reflection cannot resolve here
                if (referenced is not null) yield return referenced;
            }
            position += operandSize;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };

    /// <summary>The type and the types it is built from (array elements, generic arguments), so List&lt;FigureGraphic&gt;
    /// counts as a reference to FigureGraphic.</summary>
    public static IEnumerable<Type> Unwrapped(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
            foreach (var inner in Unwrapped(element)) yield return inner;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                foreach (var inner in Unwrapped(argument)) yield return inner;
    }
}
