using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Intimacy.Testing;

/// <summary>
/// Calls every public constructor and method of an assembly with <see langword="null"/> in each
/// parameter its nullable annotations declare non-nullable (the other arguments built by a small
/// factory per type) and reports every call that does not throw <see cref="ArgumentNullException"/>
/// naming that parameter, eagerly. Shared by the test projects as a linked source file.
/// </summary>
internal sealed class NullArguments
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly HashSet<string> RecordPlumbing = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "op_Equality", "op_Inequality", "<Clone>$", "Deconstruct", "PrintMembers",
    };

    private readonly Assembly assembly;
    private readonly IReadOnlyDictionary<Type, Func<object>> known;
    private readonly Dictionary<Type, object?> built = [];
    private readonly HashSet<Type> building = [];
    private readonly NullabilityInfoContext nullability = new();

    public NullArguments(Assembly assembly, IReadOnlyDictionary<Type, Func<object>>? known = null)
    {
        this.assembly = assembly;
        this.known = known ?? new Dictionary<Type, Func<object>>();
    }

    /// <summary>Members seen to throw <see cref="ArgumentNullException"/> at the call, as they should.</summary>
    public Dictionary<MethodBase, List<string>> Throwing { get; } = [];

    /// <summary>Members that could not be probed, each with the reason (for the test's output).</summary>
    public List<string> NotProbed { get; } = [];

    /// <summary>
    /// Probes every public member and returns one line per failing (member, parameter), keyed
    /// <c>Type.Member(parameter)</c>, minus the keys in <paramref name="accepted"/> (each an
    /// accepted exception with its reason).
    /// </summary>
    public IReadOnlyList<string> Failures(IReadOnlyDictionary<string, string> accepted)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(Delegate).IsAssignableFrom(type) || typeof(Exception).IsAssignableFrom(type) || type.IsEnum || type.ContainsGenericParameters)
            {
                continue;
            }

            var isRecord = type.GetMethod("<Clone>$") is not null
                || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
            IEnumerable<MethodBase> members = type.GetMethods(Declared)
                .Where(m => !m.IsSpecialName && !RecordPlumbing.Contains(m.Name));
            if (!type.IsAbstract)
            {
                // A record's positional constructor is its data shape, not an operation; its
                // values are checked by the validators and readers instead.
                members = members.Concat(type.GetConstructors().Where(c => !isRecord));
            }

            foreach (var member in members)
            {
                for (var i = 0; i < member.GetParameters().Length; i++)
                {
                    var parameter = member.GetParameters()[i];
                    if (parameter.ParameterType.IsValueType || parameter.ParameterType.IsByRef || parameter.IsOut
                        || nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    var key = $"{type.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}({parameter.Name})";
                    if (!seen.Add(key + "/" + member))
                    {
                        continue;
                    }

                    var problem = Probe(type, member, i);
                    if (problem is not null && !accepted.ContainsKey(key))
                    {
                        failures.Add($"{key}: {problem}");
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>
    /// The (member, parameter) pairs declared nullable that nonetheless throw <see cref="ArgumentNullException"/>
    /// naming that parameter when given null.
    /// </summary>
    public IReadOnlyList<string> NullableButRejected()
    {
        var failures = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(Delegate).IsAssignableFrom(type) || typeof(Exception).IsAssignableFrom(type) || type.IsEnum || type.ContainsGenericParameters)
            {
                continue;
            }

            IEnumerable<MethodBase> members = type.GetMethods(Declared).Where(m => !m.IsSpecialName && !RecordPlumbing.Contains(m.Name));
            if (!type.IsAbstract)
            {
                members = members.Concat(type.GetConstructors());
            }

            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    if (parameter.ParameterType.IsValueType || parameter.ParameterType.IsByRef
                        || nullability.Create(parameter).WriteState != NullabilityState.Nullable)
                    {
                        continue;
                    }

                    var problem = Probe(type, member, i);
                    if (problem is null && Throwing.TryGetValue(member, out var names) && names.Contains(parameter.Name!))
                    {
                        failures.Add($"{type.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}({parameter.Name}): declared nullable but throws ArgumentNullException");
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>
    /// Calls every public member that takes an enum (not a flags enum) with a value outside the enum's
    /// named values and returns one line per call that does not throw an <see cref="ArgumentException"/>
    /// (such as <see cref="ArgumentOutOfRangeException"/>) naming that parameter.
    /// </summary>
    public IReadOnlyList<string> UndefinedEnumFailures(IReadOnlyDictionary<string, string> accepted)
    {
        var failures = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(Delegate).IsAssignableFrom(type) || typeof(Exception).IsAssignableFrom(type) || type.IsEnum || type.ContainsGenericParameters)
            {
                continue;
            }

            var isRecord = type.GetMethod("<Clone>$") is not null
                || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
            IEnumerable<MethodBase> members = type.GetMethods(Declared).Where(m => !m.IsSpecialName && !RecordPlumbing.Contains(m.Name) && !m.IsGenericMethodDefinition);
            if (!type.IsAbstract)
            {
                members = members.Concat(type.GetConstructors().Where(c => !isRecord));
            }

            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameterType = parameters[i].ParameterType;
                    if (!parameterType.IsEnum || parameterType.GetCustomAttribute<FlagsAttribute>() is not null)
                    {
                        continue;
                    }

                    var key = $"{type.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}({parameters[i].Name})";
                    var target = member.IsStatic || member is ConstructorInfo ? null : Build(type);
                    var arguments = parameters.Select((p, j) => j == i ? Enum.ToObject(parameterType, 12345) : Argument(p)).ToArray();
                    if ((target is null && !member.IsStatic && member is MethodInfo)
                        || parameters.Where((p, j) => arguments[j] is null && !p.ParameterType.IsValueType && nullability.Create(p).WriteState == NullabilityState.NotNull).Any())
                    {
                        NotProbed.Add($"{key}: cannot build its arguments");
                        continue;
                    }

                    Exception? thrown = null;
                    try
                    {
                        var result = member is ConstructorInfo c ? c.Invoke(arguments) : member.Invoke(target, arguments);
                        thrown = Late(result);
                    }
                    catch (TargetInvocationException e) when (e.InnerException is { } inner)
                    {
                        thrown = inner;
                    }

                    if (thrown is ArgumentException a && a.ParamName == parameters[i].Name || accepted.ContainsKey(key))
                    {
                        continue;
                    }

                    failures.Add($"{key}: " + (thrown is null ? "accepted an undefined value" : $"threw {thrown.GetType().Name} ({(thrown as ArgumentException)?.ParamName}): {thrown.Message}"));
                }
            }
        }

        return failures;
    }

    private string? Probe(Type type, MethodBase member, int nullIndex)
    {
        if (member is MethodInfo { IsGenericMethodDefinition: true })
        {
            NotProbed.Add($"{type.Name}.{member.Name}: generic method");
            return null;
        }

        object? target = null;
        if (!member.IsStatic && member is MethodInfo)
        {
            target = Build(type);
            if (target is null)
            {
                NotProbed.Add($"{type.Name}.{member.Name}: cannot build an instance of {type.Name}");
                return null;
            }
        }

        var parameters = member.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i == nullIndex)
            {
                continue;
            }

            arguments[i] = Argument(parameters[i]);
            if (arguments[i] is null && nullability.Create(parameters[i]).WriteState == NullabilityState.NotNull)
            {
                NotProbed.Add($"{type.Name}.{member.Name}: cannot build a {parameters[i].ParameterType.Name}");
                return null;
            }
        }

        var name = parameters[nullIndex].Name;
        Exception? thrown;
        object? result = null;
        try
        {
            var call = Task.Run(() => member is ConstructorInfo c ? c.Invoke(arguments) : member.Invoke(target, arguments));
            if (!call.Wait(TimeSpan.FromSeconds(10)))
            {
                return "did not return within 10 s";
            }

            result = call.Result;
            thrown = null;
        }
        catch (AggregateException e) when (e.InnerException is TargetInvocationException { InnerException: { } inner })
        {
            thrown = inner;
        }

        if (thrown is null)
        {
            var late = Late(result);
            return late is ArgumentNullException lateNull && lateNull.ParamName == name
                ? "validates lazily (on enumeration/await), not at the call"
                : "accepted null without ArgumentNullException" + (late is null ? string.Empty : $" (then {late.GetType().Name} later)");
        }

        if (thrown is ArgumentNullException { ParamName: { } thrownFor })
        {
            if (!Throwing.TryGetValue(member, out var names))
            {
                Throwing[member] = names = [];
            }

            names.Add(thrownFor);
        }

        return thrown switch
        {
            ArgumentNullException e when e.ParamName == name => null,
            ArgumentNullException e => $"ArgumentNullException names '{e.ParamName}' instead of '{name}'",
            ArgumentException e when e.ParamName is not null && e.ParamName != name => Inconclusive(type, member, e),
            _ => $"threw {thrown.GetType().Name}: {thrown.Message}",
        };
    }

    private string? Inconclusive(Type type, MethodBase member, ArgumentException e)
    {
        NotProbed.Add($"{type.Name}.{member.Name}: another argument was rejected first ({e.ParamName}: {e.Message})");
        return null;
    }

    private static Exception? Late(object? result)
    {
        if (result is not null && result.GetType().IsValueType && result.GetType().GetMethod("AsTask", Type.EmptyTypes) is { } asTask)
        {
            // A ValueTask: look at it as a Task.
            result = asTask.Invoke(result, null);
        }

        try
        {
            switch (result)
            {
                case Task task:
                    task.Wait(TimeSpan.FromSeconds(10));
                    break;
                case IEnumerable sequence and not string:
                    foreach (var unused in sequence)
                    {
                        break;
                    }

                    break;
            }
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            return inner;
        }
        catch (Exception e)
        {
            return e;
        }

        return null;
    }

    private object? Argument(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue && parameter.ParameterType.IsValueType is false && parameter.DefaultValue is null
            && nullability.Create(parameter).WriteState != NullabilityState.NotNull)
        {
            return null;
        }

        return Build(parameter.ParameterType);
    }

    private object? Build(Type type)
    {
        if (built.TryGetValue(type, out var cached))
        {
            return cached;
        }

        if (!building.Add(type))
        {
            return null;
        }

        try
        {
            var value = BuildNew(type);
            built[type] = value;
            return value;
        }
        catch (Exception e) when (e is TargetInvocationException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            built[type] = null;
            return null;
        }
        finally
        {
            building.Remove(type);
        }
    }

    private object? BuildNew(Type type)
    {
        if (known.TryGetValue(type, out var factory))
        {
            return factory();
        }

        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return null;
        }

        switch (Type.GetTypeCode(type))
        {
            case TypeCode.String: return "x";
            case TypeCode.Boolean: return false;
            case TypeCode.Int32: return 1;
            case TypeCode.Int64: return 1L;
            case TypeCode.Double: return 0.5;
            case TypeCode.Decimal: return 0.5m;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (type == typeof(Uri))
        {
            return new Uri("https://example.org/");
        }

        if (type == typeof(Type))
        {
            return typeof(object);
        }

        if (type == typeof(Assembly))
        {
            return assembly;
        }

        if (type == typeof(Stream))
        {
            return new MemoryStream();
        }

        if (type == typeof(TextWriter))
        {
            return new StringWriter();
        }

        if (type == typeof(TextReader))
        {
            return new StringReader(string.Empty);
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }

        if (type.IsGenericType && type.IsInterface)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IList<>) || definition == typeof(ICollection<>))
            {
                return Array.CreateInstance(arguments[0], 0);
            }

            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
            {
                return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments));
            }

            if (definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
            {
                return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(arguments));
            }
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
            var body = invoke.ReturnType == typeof(void) ? (Expression)Expression.Empty() : Expression.Default(invoke.ReturnType);
            return Expression.Lambda(type, body, parameters).Compile();
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        // Smart enums and singletons: a public static member of the type itself.
        var instance = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type).Select(p => p.GetValue(null))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).Select(f => f.GetValue(null)))
            .FirstOrDefault(v => v is not null);
        if (instance is not null)
        {
            return instance;
        }

        if (type.IsAbstract || type.IsInterface)
        {
            var implementation = type.Assembly.GetExportedTypes().Concat(assembly.GetExportedTypes())
                .Where(t => !t.IsAbstract && !t.ContainsGenericParameters && type.IsAssignableFrom(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal);
            return implementation.Select(Build).FirstOrDefault(v => v is not null);
        }

        foreach (var constructor in type.GetConstructors().OrderBy(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var arguments = parameters.Select(Argument).ToArray();
            if (parameters.Where((p, i) => arguments[i] is null && (p.ParameterType.IsValueType is false) && nullability.Create(p).WriteState == NullabilityState.NotNull).Any())
            {
                continue;
            }

            try
            {
                return constructor.Invoke(arguments);
            }
            catch (TargetInvocationException)
            {
                // Try the next constructor.
            }
        }

        return null;
    }
}
