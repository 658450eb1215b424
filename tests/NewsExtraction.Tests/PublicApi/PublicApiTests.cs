using System.Reflection;
using System.Text;

namespace NewsExtraction.Tests.PublicApi;

/// <summary>
/// Snapshots the public API of each package into a committed file. A change to the public API fails
/// this test until the snapshot is updated in the same commit: run the tests with
/// UPDATE_API_SNAPSHOT=1, review the diff of tests/NewsExtraction.Tests/PublicApi/*.txt, commit both.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("NewsExtraction")]
    [InlineData("NewsExtraction.Fixtures")]
    public void Public_api_matches_the_committed_snapshot(string assemblyName)
    {
        Assembly assembly = assemblyName == "NewsExtraction" ? typeof(ExtractionPipeline).Assembly : typeof(NewsExtraction.Fixtures.Scorer).Assembly;
        string actual = Describe(assembly);
        string path = Path.Combine(Seeds.RepositoryRoot, "tests", "NewsExtraction.Tests", "PublicApi", assemblyName + ".txt");
        if (Environment.GetEnvironmentVariable("UPDATE_API_SNAPSHOT") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No API snapshot at {path}; run the tests with UPDATE_API_SNAPSHOT=1 and commit it.");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            var added = a.Except(e).Take(20);
            var removed = e.Except(a).Take(20);
            Assert.Fail($"The public API of {assemblyName} changed. Added:\n  {string.Join("\n  ", added)}\nRemoved:\n  {string.Join("\n  ", removed)}\nIf intended, run with UPDATE_API_SNAPSHOT=1 and commit the snapshot.");
        }
    }

    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (Type t in assembly.GetExportedTypes())
        {
            lines.Add(TypeLine(t));
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (MemberInfo m in t.GetMembers(flags))
            {
                string? line = MemberLine(t, m);
                if (line is not null)
                {
                    lines.Add("  " + TypeName(t) + "::" + line);
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (string l in lines)
        {
            sb.Append(l).Append('\n');
        }

        return sb.ToString();
    }

    private static string TypeLine(Type t)
    {
        string kind = t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";
        string baseType = t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) ? " : " + TypeName(b) : string.Empty;
        string interfaces = string.Join(", ", t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(TypeName).Order(StringComparer.Ordinal));
        return $"{kind} {TypeName(t)}{baseType}{(interfaces.Length > 0 ? " [" + interfaces + "]" : string.Empty)}";
    }

    private static string? MemberLine(Type owner, MemberInfo m)
    {
        switch (m)
        {
            case ConstructorInfo c:
                return $".ctor({Parameters(c.GetParameters())})";
            case MethodInfo mi when !mi.IsSpecialName:
                if (mi.Name is "<Clone>$" || (owner.IsEnum && mi.DeclaringType == owner && mi.Name == "GetType"))
                {
                    return null;
                }

                string generic = mi.IsGenericMethod ? "<" + string.Join(", ", mi.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                return $"{(mi.IsStatic ? "static " : string.Empty)}{TypeName(mi.ReturnType)} {mi.Name}{generic}({Parameters(mi.GetParameters())})";
            case PropertyInfo p:
                string access = (p.GetMethod?.IsPublic == true ? "get; " : string.Empty) + (p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty);
                bool isStatic = (p.GetMethod ?? p.SetMethod)?.IsStatic == true;
                return $"{(isStatic ? "static " : string.Empty)}{TypeName(p.PropertyType)} {p.Name} {{ {access}}}";
            case FieldInfo f:
                if (owner.IsEnum)
                {
                    return f.IsSpecialName ? null : $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
                }

                return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{TypeName(f.FieldType)} {f.Name}";
            case EventInfo e:
                return $"event {TypeName(e.EventHandlerType!)} {e.Name}";
            case Type nested:
                return null;
            default:
                return null;
        }
    }

    private static string Parameters(ParameterInfo[] ps) =>
        string.Join(", ", ps.Select(p => $"{(p.ParameterType.IsByRef ? (p.IsOut ? "out " : "ref ") : string.Empty)}{TypeName(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string TypeName(Type t)
    {
        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (Nullable.GetUnderlyingType(t) is { } u)
        {
            return TypeName(u) + "?";
        }

        if (t.IsArray)
        {
            return TypeName(t.GetElementType()!) + "[]";
        }

        string name = t.IsNested ? TypeName(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name);
        if (t.IsGenericType)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            name += "<" + string.Join(", ", t.GetGenericArguments().Select(TypeName)) + ">";
        }

        return name;
    }
}
