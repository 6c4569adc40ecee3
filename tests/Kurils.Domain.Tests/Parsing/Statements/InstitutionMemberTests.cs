using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A person who speaks for an institution, described and not named ("Представитель Кремля заявил", "A Kremlin spokesman
/// said", "Un portavoz del Kremlin dijo"), is neither the institution nor an office holder: the statement is kept without
/// a speaker, its reason an unresolved reference. A definite office ("the Kremlin spokesman") still stands for its holder,
/// and the institution itself as the subject is still the speaker.
/// </summary>
public sealed class InstitutionMemberTests
{
    private static readonly LocalDate Published = new(2024, 6, 10);

    private static ArticleStatement Reported(string sentence, string word)
    {
        var article = ArticleParser.Default.Parse("Moscow and Tokyo\n\n" + sentence + "\n", Published);
        return article.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported && article.TextOf(s.Span).Contains(word, StringComparison.Ordinal)).Subject;
    }

    [Theory]
    [InlineData("A Kremlin spokesman said the Japanese protest had no basis.", "protest")]
    [InlineData("A spokesman for the Kremlin said the Japanese protest had no basis.", "protest")]
    [InlineData("Представитель Кремля заявил, что протест японской стороны не имеет оснований.", "протест")]
    [InlineData("Источник в японском МИД сообщил, что новые санкции затронут острова.", "санкции")]
    [InlineData("Ein Sprecher des japanischen Außenministeriums sagte, man habe Protest eingelegt.", "Protest")]
    [InlineData("Un portavoz del Kremlin dijo que la visita estaba prevista desde hace meses.", "visita")]
    [InlineData("Un porte-parole du ministère russe des Affaires étrangères a déclaré que la protestation était sans fondement.", "protestation")]
    [InlineData("Un portavoce del ministero degli Esteri russo ha detto che la protesta è priva di fondamento.", "protesta")]
    [InlineData("Um porta-voz do Ministério das Relações Exteriores da Rússia disse que o protesto não tem fundamento.", "protesto")]
    [InlineData("Przedstawiciel Kremla powiedział, że protest strony japońskiej jest bezpodstawny.", "protest")]
    [InlineData("Представник Кремля заявив, що протест японської сторони не має підстав.", "протест")]
    [InlineData("Представител на Кремъл заяви, че протестът на японската страна е неоснователен.", "протестът")]
    [InlineData("Један представник Кремља изјавио је да је протест јапанске стране неоснован.", "протест")]
    public void ADescribedMember_IsNoOnesNamedSpeaker(string sentence, string word)
    {
        var statement = Reported(sentence, word);
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().BeNull();
        statement.Unattributed.Should().Be(UnattributedReason.UnresolvedReference);
    }

    [Theory]
    [InlineData("The Kremlin spokesman said the Japanese protest had no basis.", "protest", "peskov-dmitry")]
    [InlineData("Der Kremlsprecher erklärte, Japans Protest sei unbegründet.", "Protest", "peskov-dmitry")]
    [InlineData("Rzecznik Kremla oświadczył, że protest jest bezpodstawny.", "protest", "peskov-dmitry")]
    [InlineData("Портпарол Кремља рекао је да је протест неоснован.", "протест", "peskov-dmitry")]
    [InlineData("Говорителят на Кремъл заяви, че протестът е неоснователен.", "протестът", "peskov-dmitry")]
    [InlineData("Кремль заявил, что протест японской стороны не имеет оснований.", "протест", "kremlin")]
    [InlineData("El Kremlin afirmó que la protesta japonesa no tiene fundamento.", "protesta", "kremlin")]
    [InlineData("Официальный представитель МИД России Мария Захарова заявила, что протест не имеет оснований.", "протест", "zakharova-maria")]
    public void AnOfficeOrTheInstitution_StillSpeaks(string sentence, string word, string speaker) =>
        Reported(sentence, word).SpeakerId.Should().Be(speaker);
}
