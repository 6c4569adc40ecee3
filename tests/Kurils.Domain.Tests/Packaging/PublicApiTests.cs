using Xunit;

namespace Kurils.Domain.Tests.Packaging;

/// <summary>
/// The public surface of Kurils.Domain as a committed text file: any change to it is a visible diff in
/// review, and a removal or a changed signature is a breaking change (a new major version after 1.0).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_KurilsDomainAssembly_MatchesTheApprovedSnapshot()
    {
        var folder = Path.Combine(Catalog.ShippedCatalogTests.RepoRoot(), "tests", "Kurils.Domain.Tests", "Packaging");
        PublicApiSnapshot.Verify(typeof(KurilsCatalog).Assembly, folder);
    }

    [Fact]
    public void Render_SameAssemblyTwice_IsIdentical() =>
        Assert.Equal(PublicApiSnapshot.Render(typeof(KurilsCatalog).Assembly), PublicApiSnapshot.Render(typeof(KurilsCatalog).Assembly));
}
