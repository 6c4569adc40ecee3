namespace Kurils.Domain.Tests;

/// <summary>The small frozen catalog under TestData, for logic tests independent of the shipped data.</summary>
internal static class TestCatalog
{
    private static readonly Lazy<KurilsCatalog> Instance = new(() => KurilsCatalog.Load(Path));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "catalog", "test-catalog.yaml");

    public static KurilsCatalog Catalog => Instance.Value;

    public static string Seed(string name) => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", name));
}
