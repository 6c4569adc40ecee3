using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Kurils.Domain.Tests.Packaging;

/// <summary>
/// An assembly's public surface as sorted text lines, checked against a committed <c>PublicApi.approved.txt</c>;
/// shared by the packages' tests (linked into Kurils.Domain.Html.Tests), so each package snapshots its surface
/// the same way.
/// </summary>
internal static class PublicApiSnapshot
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Fails with the differing lines, and writes <c>PublicApi.received.txt</c> beside the approved file, when the surface changed.</summary>
    public static void Verify(Assembly assembly, string folder)
    {
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        var actual = Render(assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (string.Equals(actual, approved, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var approvedLines = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var diff = new StringBuilder();
        foreach (var line in approvedLines.Except(actualLines).Order(StringComparer.Ordinal).Take(40))
        {
            diff.Append("\n  - ").Append(line);
        }

        foreach (var line in actualLines.Except(approvedLines).Order(StringComparer.Ordinal).Take(40))
        {
            diff.Append("\n  + ").Append(line);
        }

        Assert.Fail(
            $"The public API of {assembly.GetName().Name} changed.{diff}\n\nThe actual surface is in {receivedPath}. If the change is " +
            $"intended (and, after 1.0, versioned as the compatibility policy says), approve it:\n" +
            $"  cp {receivedPath} {approvedPath}");
    }

    /// <summary>Every public type and every public or protected member, one sorted line each.</summary>
    public static string Render(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = TypeName(type);
            lines.Add($"{TypeKeyword(type)} {name}{BaseList(type)}");
            foreach (var member in type.GetMembers(Declared).Where(IsVisible))
            {
                if (Member(member) is { } text)
                {
                    lines.Add($"{name}: {text}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        Type t => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem,
        _ => false,
    };

    private static string? Member(MemberInfo member)
    {
        var nullability = new NullabilityInfoContext();
        switch (member)
        {
            case ConstructorInfo c:
                return $"{Access(c)}ctor({Parameters(c, nullability)})";
            case MethodInfo m when m.IsSpecialName && (m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal) || m.Name.StartsWith("add_", StringComparison.Ordinal) || m.Name.StartsWith("remove_", StringComparison.Ordinal)):
                return null; // rendered with their property or event
            case MethodInfo m:
                var generic = m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
                var returns = TypeName(m.ReturnType, nullability.Create(m.ReturnParameter));
                return $"{Access(m)}{Modifiers(m)}method {returns} {m.Name}{generic}({Parameters(m, nullability)}){Constraints(m)}";
            case PropertyInfo p:
                var accessors = string.Concat(p.GetAccessors(nonPublic: true)
                    .Where(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly)
                    .OrderBy(a => a.Name, StringComparer.Ordinal)
                    .Select(a => Accessor(a, p)));
                var first = p.GetAccessors(nonPublic: true).OrderBy(a => a.Name, StringComparer.Ordinal).First();
                var index = p.GetIndexParameters() is { Length: > 0 } ps ? $"[{string.Join(", ", ps.Select(x => Parameter(x, nullability)))}]" : string.Empty;
                return $"{Access(first)}{Modifiers(first)}property {TypeName(p.PropertyType, nullability.Create(p))} {p.Name}{index} {{{accessors} }}";
            case FieldInfo f:
                var value = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : string.Empty;
                var modifiers = f.IsLiteral ? "const " : (f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty);
                return $"{(f.IsPublic ? "public " : "protected ")}{modifiers}field {TypeName(f.FieldType, nullability.Create(f))} {f.Name}{value}";
            case EventInfo e:
                return $"public event {TypeName(e.EventHandlerType!)} {e.Name}";
            default:
                return null; // nested types are listed as types of their own
        }
    }

    private static string Accessor(MethodInfo accessor, PropertyInfo property)
    {
        var access = accessor.IsPublic ? string.Empty : "protected ";
        var isInit = accessor.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
        var kind = accessor.Name.StartsWith("get_", StringComparison.Ordinal) ? "get" : isInit ? "init" : "set";
        return $" {access}{kind};";
    }

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() == method ? "virtual " : "override ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "sealed override " : string.Empty;
    }

    private static string Constraints(MethodInfo method) =>
        method.IsGenericMethodDefinition
            ? string.Concat(method.GetGenericArguments().Select(a => Constraint(a)))
            : string.Empty;

    private static string Constraint(Type argument)
    {
        var parts = new List<string>();
        var attributes = argument.GenericParameterAttributes;
        if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            parts.Add("struct");
        }
        else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
        {
            parts.Add("class");
        }

        parts.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => TypeName(c)));
        if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            parts.Add("new()");
        }

        return parts.Count == 0 ? string.Empty : $" where {argument.Name} : {string.Join(", ", parts)}";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p => Parameter(p, nullability)));

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType;
        var prefix = string.Empty;
        if (type.IsByRef)
        {
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }
        else if (parameter.IsDefined(typeof(ParamArrayAttribute)))
        {
            prefix = "params ";
        }

        var text = $"{prefix}{TypeName(type, nullability.Create(parameter))} {parameter.Name}";
        return parameter.HasDefaultValue ? $"{text} = {Literal(parameter.RawDefaultValue)}" : text;
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        char c => $"'{c}'",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string TypeKeyword(Type type)
    {
        var modifiers = type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract && !type.IsInterface ? "abstract " : type.IsSealed && type.IsClass ? "sealed " : string.Empty;
        var keyword = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : typeof(Delegate).IsAssignableFrom(type) ? "delegate" : "class";
        var isRecord = type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
        return $"{modifiers}{(isRecord ? "record " : string.Empty)}{keyword}";
    }

    private static string BaseList(Type type)
    {
        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(TypeName(Enum.GetUnderlyingType(type)));
        }
        else if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(MulticastDelegate))
        {
            bases.Add(TypeName(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => TypeName(i)).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static string TypeName(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType ?? nullability);
        }

        // Generic parameters report a nullable state whether or not they are annotated: leave them bare.
        var nullable = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType && !type.IsGenericParameter ? "?" : string.Empty;
        if (type.IsArray)
        {
            return $"{TypeName(type.GetElementType()!, nullability?.ElementType)}[{new string(',', type.GetArrayRank() - 1)}]{nullable}";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + nullable;
        }

        // A nested type of a generic type carries its declaring type's arguments first.
        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        var states = nullability?.GenericTypeArguments ?? [];
        var inherited = 0;
        string name;
        if (type.IsNested)
        {
            var declaring = type.DeclaringType!;
            inherited = declaring.IsGenericTypeDefinition ? Math.Min(declaring.GetGenericArguments().Length, arguments.Length) : 0;
            var parent = inherited > 0 ? declaring.MakeGenericType(arguments[..inherited]) : declaring;
            name = TypeName(parent) + "." + type.Name;
        }
        else
        {
            name = $"{type.Namespace}.{type.Name}";
        }

        var tick = name.LastIndexOf('`');
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (arguments.Length > inherited)
        {
            var rendered = arguments.Select((a, i) => (a, i)).Skip(inherited).Select(x => TypeName(x.a, x.i < states.Length ? states[x.i] : null));
            name = $"{name}<{string.Join(", ", rendered)}>";
        }

        return name + nullable;
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(char)] = "char",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
    };
}
