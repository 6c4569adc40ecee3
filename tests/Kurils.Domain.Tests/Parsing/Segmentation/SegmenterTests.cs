using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Segmentation;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Segmentation;

public sealed class SegmenterTests
{
    // Small invented article pieces: each test builds its own page around the rule it checks.
    private const string Headline = "Minister says peace treaty talks remain frozen";

    private const string Body1 =
        "Russian officials said on Tuesday that talks with Japan on a peace treaty could not resume while Tokyo " +
        "kept its sanctions in place, according to a statement.";

    private const string Body2 =
        "The dispute over the islands has kept the two countries from signing a treaty since the end of the " +
        "Second World War, officials in both capitals said.";

    // ---- Lossless ----------------------------------------------------------------------------------------

    [Fact]
    public void Split_Empty_ReturnsEmptyArray() =>
        Segmenter.Split(string.Empty).Should().BeEmpty();

    [Theory]
    [InlineData(" ")]
    [InlineData("\r\n\t  \n")]
    [InlineData("\uFEFF")]
    [InlineData("\u00A0\u2028\u2029\u0085")]
    public void Split_WhitespaceOnly_OneUnknownSegment(string text)
    {
        var segments = Split(text);

        segments.Should().ContainSingle();
        segments[0].Kind.Should().Be(SegmentKind.Unknown);
        segments[0].Span.Should().Be(new TextSpan(0, text.Length));
        segments[0].Content.IsEmpty.Should().BeTrue();
    }

    public static TheoryData<string> HostileInputs() => new()
    {
        "one\r\ntwo\r\n\r\nthree",
        "one\rtwo\r\rthree\r",
        "one\ntwo\r\nthree\rfour\n\r\n\r",
        "\uFEFFHeadline goes here for sure\n" + Body1,
        "\tindented\tline\t\n\t\t\n\tnext",
        "😀🇯🇵 emoji line\n𠮷野家 and 😀\n😀",
        "\0\u0001\u0002\n\u001B[31mred\u007F\n\0",
        "lone \uD800 high\n\uDC00 low first\n\uDC00\uD800 reversed\n\uD800",
        "\uD83D\n\uDE00",
        "©\n©©\n(c)\n© \n.©x",
        "MOSCOW –\nMOSCOW – \n【】\n［東京］\n/TASS/.",
        "• \n#\n# \nTags:\n>\n > \n / \nBy \nEditor:",
        "10 Comments\n10 Comments\nx",
        Body1 + "\n10 Comments\nhandle\n",
        Body1 + "\nComments\nhandle",
        "a\u2028b\u2029c\u0085d",
        new string('\n', 1000) + "x" + new string('\r', 1000),
        "Editor: note.©",
        "Text.© \n",
        "ST. PETERSBURG, December 13. /TASS/.",
        "ST. PETERSBURG, December 13. /TASS/. x",
        "[",
        "【モスクワ",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Split_HostileInput_IsLossless(string text) => AssertLossless(text, Segmenter.Split(text));

    [Fact]
    public void Split_BomAtStart_BelongsToFirstSegmentButNotItsContent()
    {
        const string text = "\uFEFFAll news\n" + Headline + "\n" + Body1;

        var segments = Split(text);

        segments[0].Span.Start.Should().Be(0);
        segments[0].Content.Of(text).Should().Be("All news");
    }

    [Fact]
    public void Split_LeadingBlankLines_BelongToFirstSegment()
    {
        const string text = "\n\n  \r\n" + Body1;

        var segments = Split(text);

        segments.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(0, text.Length));
    }

    [Fact]
    public void Split_TrailingBlankLines_BelongToPrecedingSegment()
    {
        const string text = Body1 + "\r\n\r\n\n" + Body2 + "\n\n";

        var segments = Split(text);

        segments.Should().HaveCount(2);
        segments[0].Span.Of(text).Should().Be(Body1 + "\r\n\r\n\n");
        segments[1].Span.Of(text).Should().Be(Body2 + "\n\n");
        segments[1].Content.Of(text).Should().Be(Body2);
    }

    [Fact]
    public void Split_TenMegabytesOnOneLine_IsLossless()
    {
        var builder = new StringBuilder(10_000_000);
        builder.Append("MOSCOW, December 13 (TASS) – ");
        while (builder.Length < 10_000_000)
        {
            builder.Append("word © A/B 😀 • ");
        }

        var text = builder.ToString();

        var segments = Segmenter.Split(text);

        AssertLossless(text, segments);
    }

    [Fact]
    public void Split_HundredThousandShortLines_IsLossless()
    {
        var builder = new StringBuilder();
        builder.Append(Body1).Append("\n5 Comments\n");
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(i % 3 == 0 ? "handle\n" : "x\r\n");
        }

        var text = builder.ToString();

        var segments = Segmenter.Split(text);

        AssertLossless(text, segments);
    }

    [Fact]
    public void Split_RandomStrings_NeverThrowAndAreLossless()
    {
        // A fixed seed keeps failures reproducible; the alphabet is heavy on what the rules look at.
        const string alphabet = "aZ Я я.,:;!?-–—/()[]<>»›•·#©\n\r\t\0\uFEFF\u00A0\uD800\uDC00😀東京コメント1290";
        var random = new Random(20240613);
        var builder = new StringBuilder();
        for (var n = 0; n < 3000; n++)
        {
            builder.Clear();
            var length = random.Next(0, 120);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = builder.ToString();
            AssertLossless(text, Segmenter.Split(text));
        }
    }

    [Fact]
    public void Split_EverySeedCutAtEvery97thCharacter_IsLossless()
    {
        foreach (var name in SeedNames())
        {
            var seed = ReadSeed(name);
            AssertLossless(seed, Segmenter.Split(seed));
            for (var cut = 97; cut < seed.Length; cut += 97)
            {
                AssertLossless(seed[..cut], Segmenter.Split(seed[..cut]));
                AssertLossless(seed[cut..], Segmenter.Split(seed[cut..]));
            }
        }
    }

    [Fact]
    public void Split_SeedsWithCrlfOrCr_GiveTheSameKinds()
    {
        foreach (var name in SeedNames())
        {
            var seed = ReadSeed(name);
            var kinds = Kinds(seed);

            Kinds(seed.Replace("\n", "\r\n", StringComparison.Ordinal)).Should().Equal(kinds, name);
            Kinds(seed.Replace("\n", "\r", StringComparison.Ordinal)).Should().Equal(kinds, name);
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ja-JP")]
    [InlineData("ru-RU")]
    public void Split_UnderAnotherCulture_GivesTheSameSegments(string culture)
    {
        var seeds = SeedNames().Select(ReadSeed).ToList();
        var expected = seeds.Select(s => Segmenter.Split(s).ToList()).ToList();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            for (var i = 0; i < seeds.Count; i++)
            {
                Segmenter.Split(seeds[i]).Should().Equal(expected[i]);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Split_SurrogatePairBeforeGluedCredit_IsNotSplit()
    {
        const string text = Body1 + "😀.© KYODO 😀";

        var segments = Split(text);

        segments.Select(s => s.Kind).Should().Equal(SegmentKind.Body, SegmentKind.Credit);
        segments[1].Content.Of(text).Should().Be("© KYODO 😀");
    }

    // ---- Navigation --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("INTERNATIONAL > East Asia & Pacific")]
    [InlineData("News » World » Asia")]
    [InlineData("Politics / Diplomacy")]
    [InlineData("Главная › Политика")]
    [InlineData("All news")]
    [InlineData("Home")]
    [InlineData("Все новости")]
    public void Split_MenuOrBreadcrumbLine_IsNavigation(string line) =>
        KindOfLine(line, atTop: true).Should().Be(SegmentKind.Navigation);

    [Fact]
    public void Split_ShortMenuLinesBeforeHeadline_AreNavigation()
    {
        const string text = "World\nAsia Pacific\n" + Headline + "\n" + Body1;

        Kinds(text).Should().Equal(SegmentKind.Navigation, SegmentKind.Navigation, SegmentKind.Headline, SegmentKind.Body);
    }

    [Fact]
    public void Split_SentenceWithSpacedSlash_IsNotNavigation() =>
        KindOfLine("The ministry said talks / negotiations would not resume this year.", atTop: false)
            .Should().Be(SegmentKind.Body);

    // ---- Residue -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("print PRINT")]
    [InlineData("Share")]
    [InlineData("Tweet")]
    [InlineData("Email")]
    [InlineData("Copy link")]
    [InlineData("Read more")]
    [InlineData("Subscribe")]
    [InlineData("Sign up")]
    [InlineData("Share | Tweet | Email")]
    [InlineData("A A A")]
    [InlineData("Font size")]
    [InlineData("Поделиться")]
    [InlineData("Печать")]
    [InlineData("シェア")]
    [InlineData("印刷")]
    [InlineData("0 ( +1 / -1 )")]
    public void Split_UiWordsLine_IsResidue(string line)
    {
        KindOfLine(line, atTop: true).Should().Be(SegmentKind.Residue);
        KindOfLine(line, atTop: false).Should().Be(SegmentKind.Residue);
    }

    [Fact]
    public void Split_SentenceMadeOfCommonWords_IsNotResidue() =>
        KindOfLine("Read more about the talks in our earlier report on the ministry.", atTop: false)
            .Should().Be(SegmentKind.Body);

    // ---- Headline ----------------------------------------------------------------------------------------

    [Fact]
    public void Split_FirstSubstantiveShortLine_IsTheOnlyHeadline()
    {
        const string text = Headline + "\n\nSecond short line without a period here\n\n" + Body1 + "\n" + Body2;

        var segments = Split(text);

        segments.Count(s => s.Kind == SegmentKind.Headline).Should().Be(1);
        segments[0].Kind.Should().Be(SegmentKind.Headline);
        segments[0].Content.Of(text).Should().Be(Headline);
    }

    [Fact]
    public void Split_FirstLineIsLongSentence_HasNoHeadline()
    {
        const string text = Body1 + "\n" + "Short line without a period\n" + Body2;

        Split(text).Should().NotContain(s => s.Kind == SegmentKind.Headline);
    }

    [Fact]
    public void Split_ShortLineEndingInPeriod_IsNotHeadlineUnlessTitleCase()
    {
        Kinds("The minister spoke in Moscow on Tuesday.\n" + Body1)[0].Should().NotBe(SegmentKind.Headline);
        Kinds("Putin Says Japan Must Change Its Course.\n" + Body1)[0].Should().Be(SegmentKind.Headline);
    }

    [Fact]
    public void Split_JapaneseHeadlineWithoutSpaces_IsHeadline()
    {
        const string text = "プーチン大統領、平和条約交渉の再開に否定的な考え示す\n" +
            "ロシアのプーチン大統領は、日本との平和条約交渉について、再開の条件は整っていないとの考えを示しました。外務省は反発しています。";

        Kinds(text).Should().Equal(SegmentKind.Headline, SegmentKind.Body);
    }

    [Fact]
    public void Split_OnlyShortTitle_FallsBackToHeadline() =>
        Kinds("Home\nPutin snubs Japan\n" + Body1).Should()
            .Equal(SegmentKind.Navigation, SegmentKind.Headline, SegmentKind.Body);

    // ---- Lead --------------------------------------------------------------------------------------------

    [Fact]
    public void Split_ParagraphBetweenHeadlineAndDateline_IsLead()
    {
        const string text = Headline + "\n\nThe deputy minister blamed sanctions for the freeze in relations\n\n" +
            "MOSCOW, June 5. /TASS/. " + Body1;

        Kinds(text).Should().Equal(SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Dateline, SegmentKind.Body);
    }

    [Fact]
    public void Split_ParagraphBeforePhotoCaption_IsLead()
    {
        const string text = Headline + "\nThe deputy minister blamed sanctions imposed by Tokyo for the freeze in relations\n" +
            "The deputy minister\n© Ivan Petrov/TASS\n" + Body1 + "\n" + Body2;

        Kinds(text).Should().Equal(
            SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Caption, SegmentKind.PhotoCredit, SegmentKind.Body, SegmentKind.Body);
    }

    [Fact]
    public void Split_ParagraphRepeatedByBody_IsLead()
    {
        const string text = Headline + "\nThe foreign minister said talks on the peace treaty remain stalled because of sanctions\n" +
            Body1 + "\nThe foreign minister said on Monday that talks on the peace treaty remain stalled because of sanctions imposed by Tokyo.";

        Kinds(text).Should().Equal(SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Body, SegmentKind.Body);
    }

    [Theory]
    [InlineData("Officials said sanctions froze talks between ministers over islands, and talks talks talks went on.", true)]
    [InlineData("Officials said sanctions froze talks between ministers over the issue, talks talks talks talks.", false)]
    public void Split_ParagraphRepeatedByBody_CountsEachOfItsWordsOnce(string later, bool lead)
    {
        // Ten distinct words; a later line must hold seven of them. A word written again there counts once.
        const string paragraph = "Sanctions froze talks between ministers over islands despite summit hopes";
        var text = Headline + "\n" + paragraph + "\n" + Body1 + "\n" + later;

        Kinds(text)[1].Should().Be(lead ? SegmentKind.Lead : SegmentKind.Body);
    }

    [Fact]
    public void Split_FirstParagraphNotRepeatedAndNoDateline_IsBody() =>
        Kinds(Headline + "\n\n" + Body1 + "\n\n" + Body2).Should()
            .Equal(SegmentKind.Headline, SegmentKind.Body, SegmentKind.Body);

    // ---- Dateline ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("ST. PETERSBURG, December 13. /TASS/.")]
    [InlineData("MOSCOW –")]
    [InlineData("MOSCOW —")]
    [InlineData("MOSCOW -")]
    [InlineData("МОСКВА, 13 декабря. /ТАСС/.")]
    [InlineData("ЮЖНО-САХАЛИНСК, 5 июня. /ТАСС/.")]
    [InlineData("TOKYO (Reuters) -")]
    [InlineData("TOKYO, June 5 (Reuters) -")]
    [InlineData("WASHINGTON (AP) —")]
    [InlineData("TOKYO, Dec. 13, 2023 (Kyodo) --")]
    [InlineData("【モスクワ共同】")]
    [InlineData("［東京　１３日　ロイター］ -")]
    [InlineData("(ANSA) - TOKYO, 22 January -")]
    [InlineData("(AFP) – MOSCOW, March 5 –")]
    [InlineData("VLADIVOSTOK. March 19. VOSTOK-MEDIA –")]
    [InlineData("ВЛАДИВОСТОК. 19 марта. ВОСТОК-МЕДИА –")]
    [InlineData("MOSCOW (Pakistan Point News / Sputnik - 03rd March, 2021)")]
    [InlineData("TOKYO (Reuters/Kyodo) -")]
    [InlineData("МОСКВА (Народна газета / ТАСС, 5 березня 2024) —")]
    public void Split_FirstBodyParagraphWithDateline_SplitsDatelineFromBody(string dateline)
    {
        var text = Headline + "\n" + dateline + "  " + Body1 + "\n" + Body2;

        var segments = Split(text);

        segments.Select(s => s.Kind).Should().Equal(
            SegmentKind.Headline, SegmentKind.Dateline, SegmentKind.Body, SegmentKind.Body);
        segments[1].Content.Of(text).Should().Be(dateline);
        segments[1].Span.Of(text).Should().Be(dateline + "  ");
        segments[2].Content.Of(text).Should().Be(Body1);
    }

    [Theory]
    [InlineData("Peskov Warns Against Reports On The Islands", "Peskov warns against reports on the islands", "MOSCOW (Sputnik) -")]
    [InlineData("Песков предостерёг от слухов об островах", "ПЕСКОВ ПРЕДОСТЕРЁГ ОТ СЛУХОВ ОБ ОСТРОВАХ", "МОСКВА, 3 марта. /ТАСС/.")]
    [InlineData("Peskov warnt vor Berichten über die Inseln", "Peskov warnt vor Berichten über die Inseln", "MOSKAU (dpa) -")]
    public void Split_HeadlinePrintedTwice_DatelineAfterTheStandfirstIsFound(string headline, string copy, string dateline)
    {
        var text = headline + "\n" + copy + "\nThe Kremlin spokesman has advised reporters to ignore the stories about the islands\n" + dateline + " " + Body1 + "\n" + Body2;

        Kinds(text).Should().Equal(
            SegmentKind.Headline, SegmentKind.Body, SegmentKind.Lead, SegmentKind.Dateline, SegmentKind.Body, SegmentKind.Body);
    }

    [Fact]
    public void Split_SecondLineOnlyLikeTheHeadline_IsNoCopy() =>
        Kinds(Headline + "\nA different line under the headline, not a copy of it\nThe Kremlin spokesman has advised reporters to ignore the stories\nMOSCOW (Sputnik) - " + Body1 + "\n" + Body2)
            .Should().NotContain(SegmentKind.Dateline);

    [Theory]
    [InlineData("NATO-led forces said on Tuesday that the exercises would continue as planned next month.")]
    [InlineData("A Russian official said on Tuesday that the talks would not resume while sanctions remain.")]
    [InlineData("US President Joe Biden said on Tuesday that Washington stood firmly behind Tokyo.")]
    [InlineData("NATO said on Tuesday that the exercises would continue as planned next month and beyond.")]
    [InlineData("MOSCOW, Russia – officials said on Tuesday that the talks would not resume this year.")]
    [InlineData("(Reuters) - Officials said on Tuesday that the talks would not resume this year at all.")]
    [InlineData("TOKYO. The talks would not resume this year, officials said on Tuesday in a statement.")]
    [InlineData("TOKYO (where the talks were held on Tuesday in a large hotel near the central station) officials said nothing.")]
    public void Split_FirstParagraphWithoutDateline_HasNoDateline(string paragraph) =>
        Kinds(Headline + "\n" + paragraph + "\n" + Body1).Should()
            .Equal(SegmentKind.Headline, SegmentKind.Body, SegmentKind.Body);

    [Fact]
    public void Split_DatelineInLaterParagraph_IsNotSplit() =>
        Kinds(Headline + "\n" + Body1 + "\n" + Body2 + "\nMOSCOW – " + Body1).Should()
            .NotContain(SegmentKind.Dateline);

    // ---- Caption, PhotoCredit, Credit --------------------------------------------------------------------

    [Theory]
    [InlineData("© Sergei Bobylev/TASS")]
    [InlineData("Sergei Bobylev/TASS")]
    [InlineData("REUTERS/Maxim Shemetov")]
    [InlineData("Russian Foreign Ministry Sergei Bobylev/TASS")]
    [InlineData("Photo: AP")]
    [InlineData("Фото: Сергей Бобылев/ТАСС")]
    [InlineData("写真：共同")]
    [InlineData("Sergei Bobylev / TASS")]
    public void Split_PhotoCreditLine_IsPhotoCredit(string line) =>
        KindOfLine(line, atTop: false).Should().Be(SegmentKind.PhotoCredit);

    [Fact]
    public void Split_ShortLineNextToPhotoCredit_IsCaption()
    {
        const string text = Headline + "\n" + Body1 + "\nVladimir Putin at the forum\nPhoto: AP\n" + Body2;

        Kinds(text).Should().Equal(
            SegmentKind.Headline, SegmentKind.Body, SegmentKind.Caption, SegmentKind.PhotoCredit, SegmentKind.Body);
    }

    [Fact]
    public void Split_SentenceNextToPhotoCredit_IsNotCaption() =>
        Kinds(Headline + "\n" + Body1 + "\nPhoto: AP\n" + Body2).Should().Equal(
            SegmentKind.Headline, SegmentKind.Body, SegmentKind.PhotoCredit, SegmentKind.Body);

    [Theory]
    [InlineData("© KYODO")]
    [InlineData("(Reuters)")]
    [InlineData("© 2024 Kyodo News. All rights reserved.")]
    [InlineData("Copyright 2024 The Associated Press")]
    public void Split_ClosingCreditLine_IsCredit(string line)
    {
        var text = Headline + "\n" + Body1 + "\n" + Body2 + "\n" + line;

        Split(text)[^1].Kind.Should().Be(SegmentKind.Credit);
    }

    [Fact]
    public void Split_CopyrightMarkFollowedByArticleText_IsPhotoCredit() =>
        Kinds(Headline + "\n© KYODO\n" + Body1).Should()
            .Equal(SegmentKind.Headline, SegmentKind.PhotoCredit, SegmentKind.Body);

    [Fact]
    public void Split_CreditGluedToEditorNote_SplitsIntoEditorNoteAndCredit()
    {
        const string text = Body1 + "\nEditor: See related story here.© KYODO\n";

        var segments = Split(text);

        segments.Select(s => s.Kind).Should().Equal(SegmentKind.Body, SegmentKind.EditorNote, SegmentKind.Credit);
        segments[1].Span.Of(text).Should().Be("Editor: See related story here.");
        segments[2].Span.Of(text).Should().Be("© KYODO\n");
    }

    [Fact]
    public void Split_CreditGluedToBody_SplitsIntoBodyAndCredit()
    {
        const string text = Body1 + " © Kyodo";

        var segments = Split(text);

        segments.Select(s => s.Kind).Should().Equal(SegmentKind.Body, SegmentKind.Credit);
        segments[0].Content.Of(text).Should().Be(Body1);
    }

    [Fact]
    public void Split_CopyrightSignInsideSentence_IsNotSplit() =>
        Split("The logo © belongs to the ministry, which registered it in Moscow in the spring of last year.")
            .Should().ContainSingle();

    // ---- EditorNote, Advertisement, Tags, Byline ---------------------------------------------------------

    [Theory]
    [InlineData("Editor: See related story here.")]
    [InlineData("Editor's note: This story has been updated.")]
    [InlineData("Correction: An earlier version misspelled the minister's name.")]
    [InlineData("[Note: The interview was conducted in Russian.]")]
    [InlineData("Примечание редакции: текст обновлен.")]
    public void Split_EditorNoteLine_IsEditorNote(string line) =>
        KindOfLine(line, atTop: false).Should().Be(SegmentKind.EditorNote);

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Sponsored")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Реклама")]
    [InlineData("広告")]
    public void Split_AdvertisementMarker_IsAdvertisement(string line)
    {
        KindOfLine(line, atTop: true).Should().Be(SegmentKind.Advertisement);
        KindOfLine(line, atTop: false).Should().Be(SegmentKind.Advertisement);
    }

    [Theory]
    [InlineData("• Ukraine")]
    [InlineData("  • Trending Japan")]
    [InlineData("· tag")]
    [InlineData("#Kurils #Japan")]
    [InlineData("Tags: Russia, Japan, Kuril Islands")]
    [InlineData("Topics: diplomacy")]
    [InlineData("Теги: Россия, Япония")]
    public void Split_TagLine_IsTags(string line) =>
        Split(Headline + "\n" + Body1 + "\n" + Body2 + "\n" + line)[^1].Kind.Should().Be(SegmentKind.Tags);

    [Fact]
    public void Split_LongBulletSentence_IsNotTags() =>
        KindOfLine("• The ministry said on Tuesday that talks would not resume this year.", atTop: false)
            .Should().Be(SegmentKind.Body);

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("By Jane Doe, Kyodo News")]
    [InlineData("Автор: Иван Петров")]
    public void Split_BylineLine_IsByline(string line) =>
        Kinds(Headline + "\n" + line + "\n" + Body1).Should()
            .Equal(SegmentKind.Headline, SegmentKind.Byline, SegmentKind.Body);

    [Fact]
    public void Split_SentenceStartingWithBy_IsNotByline() =>
        KindOfLine("By contrast, the ministry said talks could resume later this year.", atTop: false)
            .Should().Be(SegmentKind.Body);

    [Theory]
    [InlineData("June 6, 2024 10:40 JST")]
    [InlineData("13 декабря 2023, 14:35")]
    [InlineData("2024年6月5日 10時40分")]
    public void Split_TimestampLine_IsUnknownAndNotHeadline(string line) =>
        Kinds(line + "\n" + Headline + "\n" + Body1).Should()
            .Equal(SegmentKind.Unknown, SegmentKind.Headline, SegmentKind.Body);

    [Fact]
    public void Split_LongJunkBeforeHeadline_IsUnknown() =>
        Kinds("Updated two hours ago.\n" + Headline + "\n" + Body1)
            .Should().Equal(SegmentKind.Unknown, SegmentKind.Headline, SegmentKind.Body);

    // ---- Comments ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("10 Comments")]
    [InlineData("1 comment")]
    [InlineData("Comments (5)")]
    [InlineData("Login to comment")]
    [InlineData("Комментарии")]
    [InlineData("Комментарии (12)")]
    [InlineData("コメント")]
    [InlineData("コメント(3)")]
    public void Split_CommentsHeaderLine_IsCommentsHeader(string line) =>
        KindOfLine(line, atTop: false).Should().Be(SegmentKind.CommentsHeader);

    [Fact]
    public void Split_CommentsSection_GroupsHandleAndTextLines()
    {
        const string text = Body1 + "\n3 Comments\nLogin to comment\nalice\nNo\nBob Smith\n" +
            "That is not right, and here is why.\nSecond thought.\n\ncarol_99\nFirst line.\n";

        var segments = Split(text);

        segments.Select(s => s.Kind).Should().Equal(
            SegmentKind.Body, SegmentKind.CommentsHeader, SegmentKind.CommentsHeader,
            SegmentKind.Comment, SegmentKind.Comment, SegmentKind.Comment);
        var comments = segments.Where(s => s.Kind == SegmentKind.Comment).ToList();
        comments.Select(c => c.Author!.Value.Of(text)).Should().Equal("alice", "Bob Smith", "carol_99");
        comments[0].Content.Of(text).Should().Be("alice\nNo");
        comments[1].Content.Of(text).Should().Be("Bob Smith\nThat is not right, and here is why.\nSecond thought.");
        comments[1].Span.Of(text).Should().EndWith("Second thought.\n\n");
        comments[2].Content.Of(text).Should().Be("carol_99\nFirst line.");
    }

    [Fact]
    public void Split_ChromeInsideComments_StandsApart()
    {
        const string text = Body1 + "\n2 comments\nalice\nAgreed.\n0 ( +1 / -1 )\nbob\nDisagree.";

        Kinds(text).Should().Equal(
            SegmentKind.Body, SegmentKind.CommentsHeader, SegmentKind.Comment, SegmentKind.Residue, SegmentKind.Comment);
    }

    [Fact]
    public void Split_HandleLikeLastLine_JoinsPreviousComment()
    {
        const string text = Body1 + "\n1 comment\nalice\nAgreed.\nwell said";

        var segments = Split(text);

        segments[^1].Kind.Should().Be(SegmentKind.Comment);
        segments[^1].Content.Of(text).Should().Be("alice\nAgreed.\nwell said");
    }

    [Fact]
    public void Split_CommentTextWithoutHandle_IsCommentWithoutAuthor()
    {
        const string text = Body1 + "\nComments\nThis is a long reader comment, without any handle line above it.";

        var segments = Split(text);

        segments[^1].Kind.Should().Be(SegmentKind.Comment);
        segments[^1].Author.Should().BeNull();
    }

    [Fact]
    public void Split_CommentCounterAboveArticle_DoesNotStartCommentsSection() =>
        Kinds("2 comments\n" + Headline + "\n" + Body1 + "\n" + Body2).Should().Equal(
            SegmentKind.CommentsHeader, SegmentKind.Headline, SegmentKind.Body, SegmentKind.Body);

    // ---- Whole pages in other languages ------------------------------------------------------------------

    [Fact]
    public void Split_RussianWirePage_FindsEveryPart()
    {
        const string text = "Главная › Политика\n\nПоделиться\n\nРуденко: политика Токио делает невозможными переговоры\n\n" +
            "Замминистра иностранных дел России заявил, что переговоры о мирном договоре зашли в тупик\n" +
            "Андрей Руденко\nФото: Сергей Бобылев/ТАСС\n\n" +
            "МОСКВА, 13 декабря. /ТАСС/. Политика нынешних властей Японии делает невозможным возобновление переговоров " +
            "по мирному договору, заявил заместитель министра иностранных дел РФ Андрей Руденко.\n\n" +
            "По его словам, Москва будет ждать изменения ситуации.\n\nТеги: Россия, Япония\n";

        Kinds(text).Should().Equal(
            SegmentKind.Navigation, SegmentKind.Residue, SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Caption,
            SegmentKind.PhotoCredit, SegmentKind.Dateline, SegmentKind.Body, SegmentKind.Body, SegmentKind.Tags);
    }

    [Fact]
    public void Split_JapanesePageWithComments_FindsEveryPart()
    {
        const string text = "ニュース\n印刷\nプーチン大統領「平和条約交渉の条件整っていない」\n" +
            "【モスクワ共同】ロシアのプーチン大統領は５日、日本との平和条約締結交渉について、再開の条件は整っていないと述べた。\n" +
            "日本政府は北方領土問題を解決して平和条約を締結する方針を維持している。\n" +
            "広告\nコメント(2)\nたろう\n交渉は無理だろう。\nはなこ\n残念です。\n";

        var segments = Split(text);

        segments.Select(s => s.Kind).Should().Equal(
            SegmentKind.Navigation, SegmentKind.Residue, SegmentKind.Headline, SegmentKind.Dateline, SegmentKind.Body,
            SegmentKind.Body, SegmentKind.Advertisement, SegmentKind.CommentsHeader, SegmentKind.Comment, SegmentKind.Comment);
        segments[3].Content.Of(text).Should().Be("【モスクワ共同】");
        segments.Where(s => s.Kind == SegmentKind.Comment).Select(s => s.Author!.Value.Of(text)).Should().Equal("たろう", "はなこ");
    }

    // ---- Seeds -------------------------------------------------------------------------------------------

    [Fact]
    public void Split_Seed000_FindsThirteenCommentsAndTheCommentsHeader()
    {
        var text = ReadSeed("000_6b511d131d16d753.txt");

        var segments = Split(text);

        segments.Should().Contain(s => s.Kind == SegmentKind.CommentsHeader && s.Content.Of(text) == "10 Comments");
        var authors = segments.Where(s => s.Kind == SegmentKind.Comment).Select(s => s.Author!.Value.Of(text)).ToList();
        authors.Should().Equal(
            "TaiwanIsNotChina", "JJE", "Haaa Nemui", "sakurasuki", "factchecker", "Strangerland", "obladi",
            "Strangerland", "リッチ", "BigP", "bass4funk", "happyhere", "fallaffel");
        segments.Should().Contain(s => s.Kind == SegmentKind.EditorNote && s.Content.Of(text) == "Editor: See related story here.");
        segments.Should().Contain(s => s.Kind == SegmentKind.Credit && s.Content.Of(text) == "© KYODO");
    }

    [Fact]
    public void Split_Seed003_SeparatesCaptionsCreditsAndDateline()
    {
        var text = ReadSeed("003_d6e31eca7042b292.txt");

        var segments = Split(text);

        foreach (var line in new[] { "Russian Foreign Ministry Sergei Bobylev/TASS", "Russian Foreign Ministry", "© Sergei Bobylev/TASS" })
        {
            segments.Single(s => s.Content.Of(text) == line).Kind.Should().BeOneOf(SegmentKind.Caption, SegmentKind.PhotoCredit);
        }

        segments.Single(s => s.Kind == SegmentKind.Dateline).Content.Of(text).Should().Be("ST. PETERSBURG, December 13. /TASS/.");
        segments.Single(s => s.Kind == SegmentKind.Headline).Content.Of(text).Should().StartWith("Tokyo’s policy makes");
        segments.Single(s => s.Kind == SegmentKind.Lead).Content.Of(text).Should().StartWith("Commenting on Japanese");
        segments[0].Kind.Should().Be(SegmentKind.Navigation);
    }

    [Fact]
    public void Split_Seed004_FindsResidueNavigationHeadlineDatelineAndTags()
    {
        var text = ReadSeed("004_7233ea53a46c9c63.txt");

        var segments = Split(text);

        KindOf(text, segments, "print PRINT").Should().Be(SegmentKind.Residue);
        KindOf(text, segments, "INTERNATIONAL > East Asia & Pacific").Should().Be(SegmentKind.Navigation);
        KindOf(text, segments, "MOSCOW –").Should().Be(SegmentKind.Dateline);
        segments.Single(s => s.Kind == SegmentKind.Headline).Content.Of(text).Should()
            .Be("Putin indicates Russia will not negotiate territorial spat with Japan");
        segments.Where(s => s.Kind == SegmentKind.Tags).Select(s => s.Content.Of(text)).Should()
            .Equal("• Ambassador", "• Ukraine", "• COVID-19", "• Trending Japan");
    }

    [Fact]
    public void Split_Seeds001And002_AreHeadlineAndBodyOnly()
    {
        Kinds(ReadSeed("001_560f2771e4cc42f3.txt")).Distinct().Should().BeEquivalentTo(new[] { SegmentKind.Headline, SegmentKind.Body });
        Kinds(ReadSeed("002_c7ab4f23b34de907.txt")).Distinct().Should().BeEquivalentTo(new[] { SegmentKind.Body });
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    private static ImmutableArray<Segment> Split(string text)
    {
        var segments = Segmenter.Split(text);
        AssertLossless(text, segments);
        return segments;
    }

    private static List<SegmentKind> Kinds(string text) => Split(text).Select(s => s.Kind).ToList();

    private static SegmentKind KindOf(string text, ImmutableArray<Segment> segments, string content) =>
        segments.Single(s => s.Content.Of(text) == content).Kind;

    /// <summary>The kind <paramref name="line"/> gets at the top of a page or between two body paragraphs.</summary>
    private static SegmentKind KindOfLine(string line, bool atTop)
    {
        var text = atTop
            ? line + "\n" + Headline + "\n" + Body1 + "\n" + Body2
            : Headline + "\n" + Body1 + "\n\n" + line + "\n\n" + Body2;
        return KindOf(text, Split(text), line.Trim());
    }

    private static IEnumerable<string> SeedNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static string ReadSeed(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    /// <summary>
    /// The lossless contract: spans in order, adjacent, covering the input; content trimmed inside its span;
    /// authors inside their content; no boundary between the halves of a surrogate pair.
    /// </summary>
    private static void AssertLossless(string text, ImmutableArray<Segment> segments)
    {
        // Plain asserts: this runs over hundreds of thousands of segments.
        if (text.Length == 0)
        {
            Assert.Empty(segments);
            return;
        }

        Assert.NotEmpty(segments);
        var next = 0;
        var rebuilt = new StringBuilder(text.Length);
        foreach (var segment in segments)
        {
            Assert.Equal(next, segment.Span.Start);
            Assert.True(segment.Span.Length > 0, $"empty span {segment}");
            Assert.True(segment.Span.Contains(segment.Content), $"content outside span {segment}");
            if (!segment.Content.IsEmpty)
            {
                Assert.False(char.IsWhiteSpace(text[segment.Content.Start]), $"untrimmed start {segment}");
                Assert.False(char.IsWhiteSpace(text[segment.Content.End - 1]), $"untrimmed end {segment}");
            }

            if (segment.Author is { } author)
            {
                Assert.True(segment.Content.Contains(author), $"author outside content {segment}");
            }

            if (segment.Span.Start > 0)
            {
                var splitsPair = char.IsHighSurrogate(text[segment.Span.Start - 1]) && char.IsLowSurrogate(text[segment.Span.Start]);
                Assert.False(splitsPair, $"surrogate pair split at {segment.Span.Start}");
            }

            rebuilt.Append(text, segment.Span.Start, segment.Span.Length);
            next = segment.Span.End;
        }

        Assert.Equal(text.Length, next);
        Assert.True(string.Equals(text, rebuilt.ToString(), StringComparison.Ordinal), "concatenated spans differ from the input");
    }
}
