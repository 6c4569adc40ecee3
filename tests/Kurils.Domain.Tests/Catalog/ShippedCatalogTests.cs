using FluentAssertions;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>Checks of the shipped data itself: it validates, and the contract ids and facts are there.</summary>
public sealed class ShippedCatalogTests
{
    private static KurilsCatalog Catalog => KurilsCatalog.Default;

    [Fact]
    public void EmbeddedSources_EveryDataFile_IsEmbeddedUnderItsExplicitName()
    {
        var data = Path.Combine(RepoRoot(), "data");
        var expected = Directory.GetFiles(data, "*.yaml").Select(f => "data/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);
        KurilsCatalog.EmbeddedSources().Select(s => s.Name).Should().Equal(expected);
    }

    [Fact]
    public void Resources_AreTheYamlFilesAndTheCompiledCatalog_UnderExplicitNames()
    {
        var data = Path.Combine(RepoRoot(), "data");
        var expected = Directory.GetFiles(data, "*.yaml").Select(f => "Kurils.Domain.Data." + Path.GetFileName(f))
            .Append("Kurils.Domain.Data.catalog.bin").Order(StringComparer.Ordinal);
        typeof(KurilsCatalog).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Kurils.Domain.Data.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Should().Equal(expected);
    }

    [Fact]
    public void Validate_ShippedData_HasNoErrors() =>
        KurilsCatalog.Validate(KurilsCatalog.EmbeddedSources()).Should().BeEmpty();

    [Theory]
    [InlineData(EntityKind.Territory, "iturup,kunashir,shikotan,habomai,zelyony,polonsky,tanfilyev,yuri,anuchina,demina,signalny,disputed-islands,kuril-islands,lesser-kuril-chain,greater-kuril-chain,urup,paramushir,shumshu,simushir,onekotan,sakhalin,hokkaido,nemuro,kamchatka")]
    [InlineData(EntityKind.Instrument, "shimoda-1855,saint-petersburg-1875,portsmouth-1905,neutrality-pact-1941,cairo-1943,yalta-1945,potsdam-1945,san-francisco-1951,joint-declaration-1956,tokyo-declaration-1993,irkutsk-statement-2001,singapore-2018,constitution-amendment-2020,peace-treaty")]
    [InlineData(EntityKind.Person, "putin-vladimir,medvedev-dmitry,lavrov-sergey,rudenko-andrey,zakharova-maria,peskov-dmitry,kishida-fumio,suga-yoshihide,abe-shinzo,ishiba-shigeru,takaichi-sanae,hayashi-yoshimasa,kato-katsunobu,matsuno-hirokazu,kihara-minoru,mori-yoshiro,yeltsin-boris,hosokawa-morihiro,gorbachev-mikhail")]
    [InlineData(EntityKind.Outlet, "kyodo,nhk,tass,ria-novosti,interfax,sputnik,rt,japan-times,japan-today,nikkei,asahi,mainichi,yomiuri,jiji,reuters,ap,afp,bloomberg,moscow-times,meduza,rferl")]
    [InlineData(EntityKind.Country, "russia,japan,ussr,united-states,united-kingdom,china,south-korea")]
    public void Default_ContractIds_AreAllPresent(EntityKind kind, string ids)
    {
        var present = Catalog.AllEntities.Where(e => e.EntityKind == kind).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        ids.Split(',').Where(id => !present.Contains(id)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(2021, 2, 15, "kato-katsunobu")]
    [InlineData(2024, 6, 6, "hayashi-yoshimasa")]
    [InlineData(2022, 12, 13, "matsuno-hirokazu")]
    [InlineData(2026, 1, 15, "kihara-minoru")]
    public void Default_ChiefCabinetSecretary_OnDate(int y, int m, int d, string expected) =>
        Catalog.HoldersOf("chief-cabinet-secretary", new LocalDate(y, m, d)).Should().ContainSingle().Which.Id.Should().Be(expected);

    [Fact]
    public void Default_Groups_AreSetsOfTerritories()
    {
        Members("disputed-islands").Should().BeEquivalentTo(["iturup", "kunashir", "shikotan", "habomai"]);
        Members("habomai").Should().BeEquivalentTo(["zelyony", "polonsky", "tanfilyev", "yuri", "anuchina", "demina", "signalny"]);
        Members("lesser-kuril-chain").Should().BeEquivalentTo(["shikotan", "habomai"]);
    }

    [Theory]
    [InlineData("Northern Territories", "disputed-islands")]
    [InlineData("Southern Kurils", "disputed-islands")]
    [InlineData("北方領土", "disputed-islands")]
    [InlineData("Южные Курилы", "disputed-islands")]
    [InlineData("Etorofu", "iturup")]
    [InlineData("国後島", "kunashir")]
    [InlineData("Habomai islet group", "habomai")]
    [InlineData("Kuril Islands", "kuril-islands")]
    [InlineData("Малая Курильская гряда", "lesser-kuril-chain")]
    public void Default_NamesFromTheSeedsAndDomain_Resolve(string name, string id) =>
        Catalog.ResolveTerritory(name)!.Id.Should().Be(id);

    [Theory]
    [InlineData("Kunaschir", "kunashir")]
    [InlineData("Kounachir", "kunashir")]
    [InlineData("Kunaszyr", "kunashir")]
    [InlineData("Кунашир", "kunashir")]
    [InlineData("كوناشير", "kunashir")]
    [InlineData("구나시리", "kunashir")]
    [InlineData("Schikotan", "shikotan")]
    [InlineData("Szykotan", "shikotan")]
    [InlineData("Хабомаї", "habomai")]
    [InlineData("齿舞群岛", "habomai")]
    [InlineData("Südkurilen", "disputed-islands")]
    [InlineData("Kouriles du Sud", "disputed-islands")]
    [InlineData("Kuryle Południowe", "disputed-islands")]
    [InlineData("Південні Курили", "disputed-islands")]
    [InlineData("南千岛群岛", "disputed-islands")]
    [InlineData("quần đảo Nam Kuril", "disputed-islands")]
    [InlineData("quan dao Nam Kuril", "disputed-islands")]
    [InlineData("Kurilen", "kuril-islands")]
    [InlineData("جزر الكوريل", "kuril-islands")]
    [InlineData("Sajalín", "sakhalin")]
    [InlineData("Kamtschatka", "kamchatka")]
    public void Default_TerritoryNamesInOtherLanguages_Resolve(string name, string id) =>
        Catalog.ResolveTerritory(name)!.Id.Should().Be(id);

    [Theory]
    [InlineData("日ソ共同宣言", "joint-declaration-1956")]
    [InlineData("苏日共同宣言", "joint-declaration-1956")]
    [InlineData("일소 공동선언", "joint-declaration-1956")]
    [InlineData("déclaration commune nippo-soviétique", "joint-declaration-1956")]
    [InlineData("Treaty of San Francisco", "san-francisco-1951")]
    [InlineData("Сан-Франциський мирний договір", "san-francisco-1951")]
    [InlineData("Vertrag von Shimoda", "shimoda-1855")]
    [InlineData("下田条约", "shimoda-1855")]
    [InlineData("ヤルタ協定", "yalta-1945")]
    [InlineData("porozumienie jałtańskie", "yalta-1945")]
    [InlineData("Friedensvertrag", "peace-treaty")]
    [InlineData("traité de paix", "peace-treaty")]
    [InlineData("معاهدة سلام", "peace-treaty")]
    [InlineData("hiệp ước hòa bình", "peace-treaty")]
    public void Default_InstrumentNamesInOtherLanguages_Resolve(string name, string id) =>
        Catalog.ResolveInstrument(name)!.Id.Should().Be(id);

    [Theory]
    [InlineData("Wladimir Putin", "putin-vladimir")]
    [InlineData("Sergueï Lavrov", "lavrov-sergey")]
    [InlineData("Dmitrij Pieskow", "peskov-dmitry")]
    [InlineData("ماريا زاخاروفا", "zakharova-maria")]
    [InlineData("Фуміо Кісіда", "kishida-fumio")]
    [InlineData("Валерий Лимаренко", "limarenko-valery")]
    [InlineData("Wolodymyr Selenskyj", "zelensky-volodymyr")]
    public void Default_PersonNamesInOtherLanguages_Resolve(string name, string id) =>
        Catalog.ResolvePerson(name)!.Id.Should().Be(id);

    [Theory]
    [InlineData("Коммерсантъ", "kommersant")]
    [InlineData("연합뉴스", "yonhap")]
    [InlineData("北海道新聞", "hokkaido-shimbun")]
    [InlineData("Sakh.com", "sakh-com")]
    public void Default_OutletNamesInTheirOwnScripts_Resolve(string name, string id) =>
        Catalog.ResolveOutlet(name)!.Id.Should().Be(id);

    [Fact]
    public void Default_Outlets_AreAtLeastSixty() =>
        Catalog.Outlets.Length.Should().BeGreaterThanOrEqualTo(60);

    [Fact]
    public void Default_Administration_IsRussiaToday()
    {
        foreach (var id in new[] { "iturup", "kunashir", "shikotan", "habomai" })
        {
            Catalog.AdministrationOn(id, new LocalDate(2024, 6, 5))!.CountryId.Should().Be("russia");
        }
    }

    [Fact]
    public void Default_JointDeclaration_HasArticle9AsData()
    {
        var declaration = Catalog.Find<Instrument>("joint-declaration-1956")!;
        declaration.Signed.Should().Be(new LocalDate(1956, 10, 19));
        declaration.InForce.Should().Be(new LocalDate(1956, 12, 12));
        declaration.Provisions.Should().Contain(p => p.Article == "9" && p.TerritoryIds.Contains("habomai") && p.TerritoryIds.Contains("shikotan"));
    }

    [Fact]
    public void Default_EveryEntity_HasASource() =>
        Catalog.AllEntities.Where(e => string.IsNullOrWhiteSpace(e.Source)).Select(e => e.Id).Should().BeEmpty();

    private static IEnumerable<string> Members(string id) => Catalog.MembersOf(Catalog.Find<Territory>(id)!).Select(t => t.Id);

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kurils.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
