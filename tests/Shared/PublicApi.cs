using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace Intimacy.Testing;

/// <summary>
/// Describes an assembly's public surface as sorted text (for snapshot tests) and lists public
/// members that lack XML documentation. Shared by the test projects as a linked source file.
/// </summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(TypeKind(type) + " " + Name(type) + BaseList(type));
            var members = type.GetMembers(Declared)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not FieldInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                .Select(m => "    " + Member(m))
                .Distinct()
                .OrderBy(s => s, StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join("\n", lines) + "\n";
    }

    public static IReadOnlyList<string> UndocumentedMembers(Assembly assembly)
    {
        var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        var documented = XDocument.Load(xmlPath).Descendants("member")
            .Select(m => (string?)m.Attribute("name")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (!documented.Contains("T:" + DocName(type)))
            {
                missing.Add("T:" + DocName(type));
            }

            foreach (var property in type.GetProperties(Declared))
            {
                if (!IsRecordPlumbing(property.Name) && !documented.Contains("P:" + DocName(type) + "." + property.Name) && !IsInheritedDoc(property))
                {
                    missing.Add("P:" + DocName(type) + "." + property.Name);
                }
            }
        }

        return missing;
    }

    private static bool IsInheritedDoc(PropertyInfo property) =>
        property.DeclaringType!.GetInterfaces().Any(i => i.GetProperty(property.Name) is not null);

    private static bool IsRecordPlumbing(string name) => name is "EqualityContract";

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name is "EqualityContract" or "<Clone>$" or "Deconstruct" or "PrintMembers"
        || member.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null && member is MethodInfo;

    private static string TypeKind(Type type) =>
        type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct"
        : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class"
        : type.IsSealed ? "sealed class" : "class";

    private static string BaseList(Type type)
    {
        var bases = new List<string>();
        if (type.IsEnum)
        {
            return string.Empty;
        }

        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).OrderBy(s => s, StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => "ctor(" + Parameters(c.GetParameters()) + ")",
        MethodInfo m => (m.IsStatic ? "static " : string.Empty) + Name(m.ReturnType) + " " + m.Name
            + (m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty)
            + "(" + Parameters(m.GetParameters()) + ")",
        PropertyInfo p => (p.GetMethod?.IsStatic == true ? "static " : string.Empty) + Name(p.PropertyType) + " " + p.Name
            + " { " + (p.GetMethod?.IsPublic == true ? "get; " : string.Empty)
            + (p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty) + "}",
        FieldInfo f => (f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty) + Name(f.FieldType) + " " + f.Name,
        EventInfo e => "event " + Name(e.EventHandlerType!) + " " + e.Name,
        Type t => "nested " + TypeKind(t) + " " + t.Name,
        _ => member.Name,
    };

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p => (p.GetCustomAttribute<ParamArrayAttribute>() is not null ? "params " : string.Empty) + Name(p.ParameterType) + " " + p.Name + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var builder = new StringBuilder(tick < 0 ? name : name[..tick]).Append('<');
        builder.AppendJoin(", ", type.GetGenericArguments().Select(Name));
        return builder.Append('>').ToString();
    }

    /// <summary>The public methods and constructors that take a parameter of <paramref name="parameterType"/>.</summary>
    public static IReadOnlyList<MethodBase> Taking(Assembly assembly, Type parameterType) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors()))
            .Where(m => m.GetParameters().Any(p => p.ParameterType == parameterType))
            .ToList();

    /// <summary>
    /// Lists the <paramref name="members"/> whose XML documentation (their own, or the interface or
    /// base member's for <c>inheritdoc</c>) has no <c>exception</c> tag for <paramref name="exception"/>.
    /// </summary>
    public static IReadOnlyList<string> MissingExceptionDocs(Assembly assembly, IEnumerable<MethodBase> members, Type exception)
    {
        members = members.ToList();
        var docs = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml")).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var cref = "T:" + exception.FullName;
        return members
            .Where(m => m.DeclaringType!.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is null)
            .Where(m => !Documents(m, docs, cref))
            .Select(DocId)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    private static bool Documents(MethodBase member, Dictionary<string, XElement> docs, string cref)
    {
        foreach (var candidate in DocumentationSources(member))
        {
            if (docs.TryGetValue(DocId(candidate), out var doc) && doc.Elements("inheritdoc").Any() is false)
            {
                return doc.Elements("exception").Any(e => (string?)e.Attribute("cref") == cref);
            }
        }

        return false;
    }

    // The member itself, then what inheritdoc would copy: the interface members it implements and the member it overrides.
    private static IEnumerable<MethodBase> DocumentationSources(MethodBase member)
    {
        yield return member;
        if (member is not MethodInfo method || method.DeclaringType is not { IsInterface: false } type)
        {
            yield break;
        }

        foreach (var face in type.GetInterfaces())
        {
            var map = type.GetInterfaceMap(face);
            var index = Array.IndexOf(map.TargetMethods, method);
            if (index >= 0)
            {
                yield return map.InterfaceMethods[index];
            }
        }

        if (method.GetBaseDefinition() is { } baseMethod && baseMethod != method)
        {
            yield return baseMethod;
        }
    }

    /// <summary>The XML documentation id of a method or constructor (<c>M:Namespace.Type.Name(Parameter.Types)</c>).</summary>
    public static string DocId(MethodBase member)
    {
        var name = member is ConstructorInfo ? "#ctor" : member.Name;
        if (member is MethodInfo { IsGenericMethod: true } generic)
        {
            name += "``" + generic.GetGenericArguments().Length;
        }

        var parameters = member.GetParameters();
        var list = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => DocType(p.ParameterType))) + ")";
        return "M:" + DocName(member.DeclaringType!) + "." + name + list;
    }

    private static string DocType(Type type)
    {
        if (type.IsByRef)
        {
            return DocType(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return DocType(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return DocName(type);
        }

        var definition = type.GetGenericTypeDefinition();
        var full = DocName(definition);
        var tick = full.IndexOf('`', StringComparison.Ordinal);
        return full[..tick] + "{" + string.Join(",", type.GetGenericArguments().Select(DocType)) + "}";
    }

    private static string DocName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');
}
