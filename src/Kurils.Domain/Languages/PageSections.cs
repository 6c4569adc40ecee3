using System.Collections.Immutable;

namespace Kurils.Domain.Languages;

/// <summary>
/// The words of a language that web pages print around a story (the <c>page</c> section of a pack): the UI of
/// share and login bars, menu lines, advertisements, comment headers, the prefixes of bylines, tags, photo
/// credits, editor's notes and source lines, and the marks of a copyright line. Every list is kept as written
/// (trimmed); lines are compared with them ignoring case.
/// </summary>
/// <param name="Ui">Words that make up share, print and login bars ("share", "поделиться", "シェア"): a short line made only of these is page chrome.</param>
/// <param name="Navigation">Whole lines that are a site's menu entries ("latest news", "главная").</param>
/// <param name="Links">Prefixes of a link to another story ("Read more:", "Читайте также").</param>
/// <param name="Advertisement">Whole lines that mark an advertisement ("advertisement", "реклама", "広告").</param>
/// <param name="Comments">Whole lines that head the comments, once counts and brackets are dropped ("comments", "комментарии").</param>
/// <param name="EditorNotes">Prefixes of an editor's note or correction ("Editor's note", "От редакции").</param>
/// <param name="Bylines">Prefixes of a byline ("By", "Автор:", "記者：").</param>
/// <param name="Tags">Prefixes of a line of topic tags ("Tags:", "Теги:").</param>
/// <param name="PhotoCredits">Prefixes of a photo credit ("Photo:", "Фото:", "写真").</param>
/// <param name="Copyright">Prefixes of a copyright line ("Copyright", "©", "(c)").</param>
/// <param name="RightsReserved">Phrases that make a line a copyright line wherever they stand ("All rights reserved", "Все права защищены").</param>
/// <param name="Sources">Prefixes of a line naming where the story comes from ("Source:", "Источник:", "出典").</param>
/// <param name="Timestamp">Words that may stand beside a date in a date stamp ("updated", "published", "обновлено").</param>
/// <param name="SiteWords">Words a site adds after an outlet's name in its masthead ("AP News", "NHK World", "Sputnik Mundo").</param>
/// <param name="OutletWords">Words that make a name a publication's ("Times", "Shimbun", "Zeitung", "газета", "新聞"): after a byline's comma such a name is its publisher.</param>
/// <param name="Consent">Words of a cookie or consent banner ("cookie", "Datenschutzeinstellungen", "файлы cookie"), matched anywhere in a word: a line holding one is page furniture, never the headline or a masthead's neighbour.</param>
/// <param name="DatelineEnds">What closes a wire dateline that opens with the agency's name, in scripts written without spaces ("新华社东京6月5日电": "日电").</param>
internal sealed record PageWords(
    ImmutableArray<string> Ui,
    ImmutableArray<string> Navigation,
    ImmutableArray<string> Links,
    ImmutableArray<string> Advertisement,
    ImmutableArray<string> Comments,
    ImmutableArray<string> EditorNotes,
    ImmutableArray<string> Bylines,
    ImmutableArray<string> Tags,
    ImmutableArray<string> PhotoCredits,
    ImmutableArray<string> Copyright,
    ImmutableArray<string> RightsReserved,
    ImmutableArray<string> Sources,
    ImmutableArray<string> Timestamp,
    ImmutableArray<string> SiteWords,
    ImmutableArray<string> OutletWords,
    ImmutableArray<string> DatelineEnds,
    ImmutableArray<string> Consent)
{
    public static PageWords Empty { get; } = new([], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []);
}

/// <summary>
/// The words that tell a story about the dispute from one that only happens near the islands (the
/// <c>dispute</c> section of a pack), matched as written ignoring case, anywhere in a word: a stem
/// ("территориальн") matches its declined forms.
/// </summary>
/// <param name="Words">The dispute's vocabulary: sovereignty, territorial dispute, peace treaty, return of the islands, occupation.</param>
/// <param name="Nearby">The words of stories that happen near the islands without being about them: earthquakes, tsunamis, volcanoes, fishing catches, tourism, weather.</param>
/// <param name="Instruments">Words for a kind of instrument ("joint declaration", "договор", "条約"): with the year one of that kind was signed, they name it.</param>
/// <param name="Control">Verbs that say a country holds a territory ("controls", "контролирует", "実効支配"), folded: the claim is checked against the catalog.</param>
internal sealed record DisputeWords(ImmutableArray<string> Words, ImmutableArray<string> Nearby, ImmutableArray<InstrumentWords> Instruments, ImmutableArray<string> Control)
{
    public static DisputeWords Empty { get; } = new([], [], [], []);
}

/// <summary>The words for one kind of instrument.</summary>
/// <param name="Kind">The kind, as the catalog names it.</param>
/// <param name="Words">The words and phrases, folded.</param>
internal sealed record InstrumentWords(InstrumentKind Kind, ImmutableArray<string> Words);
