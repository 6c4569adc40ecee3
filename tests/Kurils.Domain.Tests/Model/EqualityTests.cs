using System.Collections.Immutable;
using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Model;

public sealed class EqualityTests
{
    /// <summary>The equality contract: reflexive, symmetric, hash-consistent, and unequal to a changed copy.</summary>
    private static void AssertEqualityContract<T>(T a, T b, T different)
        where T : notnull
    {
        a.Should().Be(b);
        b.Should().Be(a);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(different);
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Territory_LoadedTwice_IsEqualByValue()
    {
        var first = KurilsCatalog.Load(TestCatalog.Path).Find<Territory>("iturup")!;
        var second = KurilsCatalog.Load(TestCatalog.Path).Find<Territory>("iturup")!;
        ReferenceEquals(first, second).Should().BeFalse();
        AssertEqualityContract(first, second, first with { Names = first.Names.AsImmutableArray().RemoveAt(0) });
    }

    [Fact]
    public void Person_LoadedTwice_IsEqualByValue()
    {
        var first = KurilsCatalog.Load(TestCatalog.Path).Find<Person>("hayashi-yoshimasa")!;
        var second = KurilsCatalog.Load(TestCatalog.Path).Find<Person>("hayashi-yoshimasa")!;
        AssertEqualityContract(first, second, first with { Tenures = EquatableArray<Tenure>.Empty });
    }

    [Fact]
    public void EquatableArray_ComparesElements()
    {
        AssertEqualityContract(EquatableArray.Of("a", "b"), EquatableArray.From(new[] { "a", "b" }), EquatableArray.Of("b", "a"));
        (default(EquatableArray<string>) == EquatableArray<string>.Empty).Should().BeTrue();
    }

    [Fact]
    public void Model_PublicTypes_AreImmutable()
    {
        var mutable = typeof(KurilsCatalog).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Kurils.Domain" && !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties().Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)).Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        mutable.Should().BeEmpty();
        typeof(Territory).IsSealed.Should().BeTrue();
    }

    private static bool IsInitOnly(System.Reflection.MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
}
