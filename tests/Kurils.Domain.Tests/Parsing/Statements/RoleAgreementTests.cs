using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A role noun that names offices of the catalog ("president" in "President of Russia") stands only for someone who held
/// one of them: not the last speaker when they did not, but the last person named who did; a role noun deep in its
/// sentence, right before the verb ("… президент заявил"), is the verb's subject, never a continued speaker.
/// </summary>
public sealed class RoleAgreementTests
{
    // The shipped catalog: its offices have names in every language the examples are written in.
    private static readonly ArticleParser Parser = ArticleParser.Default;

    private static IReadOnlyList<ArticleStatement> Statements(string text) => Parser.Parse(text).Statements;

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nPutin met Rudenko in the Kremlin. Rudenko said that the talks had been difficult for both sides.\n\nAt a meeting with editors on Friday the president said that the islands would stay Russian.")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nПутин встретился с Руденко в Кремле. Руденко заявил, что переговоры были трудными для обеих сторон.\n\n5 июня на встрече с руководителями информагентств президент заявил, что острова останутся российскими.")]
    [InlineData("Conversaciones sobre las Kuriles\n\nLas conversaciones entre los dos países terminaron el lunes en Moscú tras dos largos días.\n\nPutin se reunió con Rudenko en el Kremlin. Rudenko dijo que las conversaciones fueron difíciles para ambas partes.\n\nEl viernes en una reunión con periodistas el presidente dijo que las islas seguirán siendo rusas.")]
    public void Role_SkipsALastSpeakerWhoNeverHeldTheOffice(string text) =>
        Statements(text).Select(s => s.SpeakerId).Should().Equal("rudenko-andrey", "putin-vladimir");

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nRudenko visited Tokyo in the spring. Rudenko said that the talks had been difficult for both sides.\n\nAt a meeting with editors on Friday the president said that the islands would stay Russian.")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nРуденко посетил Токио весной. Руденко заявил, что переговоры были трудными для обеих сторон.\n\n5 июня на встрече с руководителями информагентств президент заявил, что острова останутся российскими.")]
    public void RoleNobodyNamedHeld_IsNotTheLastSpeaker(string text) =>
        Statements(text).Should().NotContain(s => s.SpeakerId == "rudenko-andrey" && s.Span.Start > text.LastIndexOf('\n'));

    [Fact]
    public void RoleNamingNoOffice_StillStandsForTheLastSpeaker() =>
        Statements("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nРуденко посетил Токио весной. Руденко заявил, что переговоры были трудными для обеих сторон.\n\nПозже на встрече с журналистами дипломат заявил, что острова останутся российскими.")
            .Select(s => s.SpeakerId).Should().Equal("rudenko-andrey", "rudenko-andrey");
}
