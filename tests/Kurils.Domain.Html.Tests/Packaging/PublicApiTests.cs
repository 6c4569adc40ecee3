using Kurils.Domain.Tests.Packaging;
using Xunit;

namespace Kurils.Domain.Html.Tests.Packaging;

/// <summary>
/// The public surface of Kurils.Domain.Html as a committed text file (<c>PublicApi.approved.txt</c> beside this
/// test), rendered as the core's is: any change to it is a visible diff in review.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_KurilsDomainHtmlAssembly_MatchesTheApprovedSnapshot()
    {
        var folder = Path.Combine(HtmlPackageFixture.RepoRoot(), "tests", "Kurils.Domain.Html.Tests", "Packaging");
        PublicApiSnapshot.Verify(typeof(HtmlArticleParser).Assembly, folder);
    }

    [Fact]
    public void PublicApi_KurilsDomainHtmlAssembly_HasNoTypeOutsideItsNamespace() =>
        Assert.All(typeof(HtmlArticleParser).Assembly.GetExportedTypes(), type => Assert.StartsWith("Kurils.Domain.Html", type.Namespace, StringComparison.Ordinal));
}
