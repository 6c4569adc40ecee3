using System.Collections.Immutable;
using Kurils.Domain.Catalog;
using Kurils.Domain.Names;

namespace Kurils.Domain.Languages;

/// <summary>
/// Reads one language pack from YAML, collecting every problem with its file, line and column (unknown keys
/// with a did-you-mean, wrong types, bad values), like the catalog. One reader per section.
/// </summary>
/// <remarks>
/// Longer than most files on purpose: it is the pack format itself, one short reader per section, kept in one place
/// to read beside <c>data/schemas/language.schema.json</c> (the events section is in <c>LanguagePackReader.Events.cs</c>).
/// </remarks>
internal static partial class LanguagePackReader
{
    private const int MaxWordLength = 64;

    /// <summary>
    /// The YAML tree of the pack in <paramref name="source"/> (read with YamlDotNet), or null with its problems added
    /// to <paramref name="errors"/>; <paramref name="text"/> is what was read, null when the source was unreadable.
    /// </summary>
    public static YamlTreeNode? ReadTree(CatalogSource source, List<CatalogError> errors, out string? text)
    {
        if (!source.TryReadText(out var read, out var unreadable))
        {
            errors.Add(unreadable!);
            text = null;
            return null;
        }

        text = read;

        var errorsBefore = errors.Count;
        var root = YamlTreeReader.Read(read, source.Name, errors);
        if (root is null && errors.Count == errorsBefore)
        {
            errors.Add(new CatalogError(source.Name, 1, 1, CatalogErrorCode.MissingKey, LanguageMessages.EmptyPack));
        }

        return root;
    }

    /// <summary>
    /// The pack in the tree <paramref name="root"/> of the file <paramref name="file"/>, or null with its problems
    /// added to <paramref name="errors"/>. Trees come from YAML (<see cref="ReadTree"/>) or from the compiled packs.
    /// </summary>
    /// <param name="root">The pack's tree.</param>
    /// <param name="file">Where it was read from, for errors.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="sections">
    /// When given, the tree of each section other than <c>identify</c> by its index in <see cref="SectionKeys"/> (null:
    /// absent), read when first asked for (<see cref="PackSections"/>), and <paramref name="root"/> the pack's head:
    /// only for a pack the build already validated, since a problem in such a section is then found only when it is read.
    /// </param>
    public static LanguagePack? Read(YamlTreeNode root, string file, List<CatalogError> errors, Func<int, YamlTreeNode?>? sections = null)
    {
        var errorsBefore = errors.Count;
        var pack = MappingReader.For(root, file, "a language pack", errors);
        if (pack is null)
        {
            return null;
        }

        var code = pack.String("code", required: true);
        if (code is not null && !IsLanguageCode(code))
        {
            pack.AddError(pack.Get("code")!, CatalogErrorCode.BadValue, LanguageMessages.BadCode(code));
        }

        var name = pack.String("name", required: true);
        var scripts = ReadScripts(pack, "scripts", required: true);
        var identify = ReadIdentification(pack.Mapping("identify", "the 'identify' section"));
        PackSections read;
        if (sections is not null)
        {
            foreach (var key in SectionKeys)
            {
                pack.Get(key); // a key of the pack: its value is in the section's own tree
            }

            read = PackSections.Later(identify, file, sections);
        }
        else
        {
            var values = new object[SectionKeys.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ReadSection(i, pack.Mapping(SectionKeys[i], SectionNames[i]), file, errors);
            }

            read = PackSections.Read(identify, values);
        }

        pack.Finish();

        if (errors.Count > errorsBefore || code is null || name is null)
        {
            return null;
        }

        return new LanguagePack(code, name, [.. scripts.Select(s => ScriptCode(s))], file, read);
    }

    /// <summary>The keys of the sections besides <c>identify</c>, in the order they are read and their errors reported.</summary>
    internal static readonly string[] SectionKeys = ["morphology", "islands", "marks", "page", "dispute", "dates", "speech", "events", "transcripts", "people"];

    internal const int MorphologySection = 0;
    internal const int IslandsSection = 1;
    internal const int MarksSection = 2;
    internal const int PageSection = 3;
    internal const int DisputeSection = 4;
    internal const int DatesSection = 5;
    internal const int SpeechSection = 6;
    internal const int EventsSection = 7;
    internal const int TranscriptsSection = 8;
    internal const int PeopleSection = 9;

    private static readonly string[] SectionNames = [.. SectionKeys.Select(k => "the '" + k + "' section")];

    /// <summary>The section at <paramref name="index"/> of <see cref="SectionKeys"/>, read from its mapping (null: absent, so empty).</summary>
    private static object ReadSection(int index, MappingReader? reader, string file, List<CatalogError> errors) => index switch
    {
        MorphologySection => ReadMorphology(reader),
        IslandsSection => ReadIslandWords(reader),
        MarksSection => ReadMarks(reader),
        PageSection => ReadPage(reader),
        DisputeSection => ReadDispute(reader),
        DatesSection => ReadDates(reader),
        SpeechSection => ReadSpeech(reader, file, errors),
        EventsSection => ReadEventWords(reader, file, errors),
        TranscriptsSection => ReadTranscripts(reader),
        PeopleSection => ReadPeople(reader),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>A section of a validated pack read when first asked for (<see cref="PackSections"/>) from its tree, null when absent.</summary>
    /// <exception cref="CatalogException">The section is invalid after all: the compiled packs are damaged (a packaging bug).</exception>
    internal static object ReadLater(int index, YamlTreeNode? tree, string file)
    {
        var errors = new List<CatalogError>();
        var reader = tree is null ? null : MappingReader.For(tree, file, SectionNames[index], errors);
        var section = ReadSection(index, reader, file, errors);
        return errors.Count == 0 ? section : throw new CatalogException(errors);
    }

    private static string ScriptCode(Script script) => Scripts.CodeTexts[(int)script - 1];

    /// <summary>A BCP 47 primary language subtag: two or three lower-case ASCII letters.</summary>
    private static bool IsLanguageCode(string code) => code.Length is 2 or 3 && code.All(c => c is >= 'a' and <= 'z');

    private static List<Script> ReadScripts(MappingReader reader, string key, bool required)
    {
        var scripts = new List<Script>();
        foreach (var (value, node) in reader.Strings(key, required))
        {
            var script = Scripts.FromCode(value);
            if (script == Script.None)
            {
                reader.AddError(node, CatalogErrorCode.BadValue, LanguageMessages.BadScript(value, Scripts.CodeTexts));
            }
            else
            {
                scripts.Add(script);
            }
        }

        return scripts;
    }

    private static Identification ReadIdentification(MappingReader? reader)
    {
        if (reader is null)
        {
            return Identification.Empty;
        }

        var prior = reader.Decimal("prior");
        if (prior is < 0 or > 10)
        {
            reader.AddError(reader.Get("prior")!, CatalogErrorCode.BadValue, LanguageMessages.BadPrior);
        }

        var result = new Identification(
            Words(reader, "words"),
            Letters(reader, "letters"),
            Letters(reader, "never"),
            [.. ReadScripts(reader, "markerScripts", required: false)],
            prior is >= 0 and <= 10 ? (double)prior.Value : 0,
            ReadCodes(reader, "readWith"));
        reader.Finish();
        return result;
    }

    private static ImmutableArray<string> ReadCodes(MappingReader reader, string key)
    {
        var codes = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, node) in reader.Strings(key, required: false))
        {
            if (IsLanguageCode(value))
            {
                codes.Add(value);
            }
            else
            {
                reader.AddError(node, CatalogErrorCode.BadValue, LanguageMessages.BadCode(value));
            }
        }

        return codes.ToImmutable();
    }

    private static Morphology ReadMorphology(MappingReader? reader)
    {
        if (reader is null)
        {
            return Morphology.Empty;
        }

        var minStem = reader.Decimal("minStemLength");
        if (minStem is { } m && (m != decimal.Truncate(m) || m < 1 || m > 20))
        {
            reader.AddError(reader.Get("minStemLength")!, CatalogErrorCode.BadValue, LanguageMessages.BadStemLength);
        }

        var result = new Morphology(
            Words(reader, "endings"),
            Letters(reader, "stemFinals"),
            Letters(reader, "bareStemFinals"),
            minStem is { } n && n >= 1 && n <= 20 ? (int)n : Morphology.DefaultMinStemLength,
            Words(reader, "attachedPrefixes"),
            Words(reader, "conjunctions"),
            ReadContractions(reader),
            Words(reader, "commonWords"));
        reader.Finish();
        return result;
    }

    private static ImmutableArray<Contraction> ReadContractions(MappingReader reader)
    {
        var contractions = ImmutableArray.CreateBuilder<Contraction>();
        foreach (var item in reader.Mappings("contractions", "a contraction"))
        {
            var written = item.String("written", required: true);
            var nameStart = item.String("nameStart", required: true);
            if (written is { Length: > 0 } w && nameStart is { Length: > 0 } n)
            {
                contractions.Add(new Contraction(FoldWord(w), FoldWord(n)));
            }

            item.Finish();
        }

        return contractions.ToImmutable();
    }

    private static IslandWords ReadIslandWords(MappingReader? reader)
    {
        if (reader is null)
        {
            return IslandWords.Empty;
        }

        var result = new IslandWords(Words(reader, "before"), Words(reader, "after"), Words(reader, "anaphora"), Words(reader, "notNames"), Raw(reader, "unknownAfter"));
        reader.Finish();
        return result;
    }

    private static TextMarks ReadMarks(MappingReader? reader)
    {
        if (reader is null)
        {
            return TextMarks.Empty;
        }

        var quotes = ImmutableArray.CreateBuilder<QuotePair>();
        foreach (var (value, node) in reader.Strings("quotes"))
        {
            // A pair is written as its two marks, opening first: "«»", "„“", "「」".
            if (value.Length != 2)
            {
                reader.AddError(node, CatalogErrorCode.BadValue, LanguageMessages.BadQuotePair(value));
            }
            else
            {
                quotes.Add(new QuotePair(value[0], value[1]));
            }
        }

        var stops = Letters(reader, "sentenceStops");
        var fullStops = FullStops(reader, stops);
        var result = new TextMarks(quotes.ToImmutable(), stops, fullStops, Letters(reader, "clauseStops"), Raw(reader, "abbreviations"), Letters(reader, "bullets"), Letters(reader, "dialogueDashes"), Letters(reader, "commas"));
        reader.Finish();
        return result;
    }

    private static TranscriptWords ReadTranscripts(MappingReader? reader)
    {
        if (reader is null)
        {
            return TranscriptWords.Empty;
        }

        var result = new TranscriptWords(Raw(reader, "questions"), Raw(reader, "answers"));
        reader.Finish();
        return result;
    }

    private static PeopleWords ReadPeople(MappingReader? reader)
    {
        if (reader is null)
        {
            return PeopleWords.Empty;
        }

        var result = new PeopleWords(Raw(reader, "honorifics"), Raw(reader, "former"));
        reader.Finish();
        return result;
    }

    /// <summary>
    /// The full stops among <paramref name="stops"/>: as the pack lists them, each one of its sentence stops; when it
    /// lists none, the plain full stop if it is one of them.
    /// </summary>
    private static string FullStops(MappingReader reader, string stops)
    {
        var node = reader.Get("fullStops");
        if (node is null)
        {
            return stops.Contains('.', StringComparison.Ordinal) ? "." : "";
        }

        var fullStops = Letters(reader, "fullStops");
        foreach (var c in fullStops)
        {
            if (!stops.Contains(c, StringComparison.Ordinal))
            {
                reader.AddError(node, CatalogErrorCode.BadValue, LanguageMessages.FullStopNotAStop(c));
            }
        }

        return fullStops;
    }

    private static PageWords ReadPage(MappingReader? reader)
    {
        if (reader is null)
        {
            return PageWords.Empty;
        }

        var result = new PageWords(
            Phrases(reader, "ui"),
            Phrases(reader, "navigation"),
            Phrases(reader, "links"),
            Phrases(reader, "advertisement"),
            Phrases(reader, "comments"),
            Phrases(reader, "editorNotes"),
            Phrases(reader, "bylines"),
            Phrases(reader, "tags"),
            Phrases(reader, "photoCredits"),
            Phrases(reader, "copyright"),
            Phrases(reader, "rightsReserved"),
            Phrases(reader, "sources"),
            Phrases(reader, "timestamp"),
            Phrases(reader, "siteWords"),
            Phrases(reader, "outletWords"),
            Phrases(reader, "datelineEnds"),
            Phrases(reader, "consent"));
        reader.Finish();
        return result;
    }

    private static SpeechWords ReadSpeech(MappingReader? reader, string file, List<CatalogError> errors)
    {
        if (reader is null)
        {
            return SpeechWords.Empty;
        }

        var epithets = ImmutableArray.CreateBuilder<Epithet>();
        foreach (var node in reader.List("epithets"))
        {
            if (MappingReader.For(node, file, "an epithet list", errors) is not { } entry)
            {
                continue;
            }

            var office = entry.Id("office", required: true);
            var phrases = Phrases(entry, "words");
            entry.Finish();
            if (office is not null && phrases.Length > 0)
            {
                epithets.Add(new Epithet(office, phrases));
            }
        }

        var demonyms = ImmutableArray.CreateBuilder<Demonym>();
        foreach (var node in reader.List("demonyms"))
        {
            if (MappingReader.For(node, file, "a demonym list", errors) is not { } entry)
            {
                continue;
            }

            var country = entry.Id("country", required: true);
            var words = Words(entry, "words");
            entry.Finish();
            if (country is not null && words.Length > 0)
            {
                demonyms.Add(new Demonym(country, words));
            }
        }

        var pronouns = SpeakerPronouns.Empty;
        if (reader.Mapping("pronouns", "the 'speech.pronouns' section") is { } forms)
        {
            pronouns = new SpeakerPronouns(Words(forms, "masculine"), Words(forms, "feminine"), Words(forms, "plural"), Words(forms, "common"));
            forms.Finish();
        }

        var endings = SpeakerPronouns.Empty;
        if (reader.Mapping("verbEndings", "the 'speech.verbEndings' section") is { } verbEndings)
        {
            endings = new SpeakerPronouns(Words(verbEndings, "masculine"), Words(verbEndings, "feminine"), Words(verbEndings, "plural"), []);
            verbEndings.Finish();
        }

        var result = new SpeechWords(
            Words(reader, "verbs"),
            Words(reader, "objectVerbs"),
            Words(reader, "addressVerbs"),
            Words(reader, "quoteParticles"),
            Words(reader, "verbsAfter"),
            Words(reader, "topicMarkers"),
            Words(reader, "sourcesBefore"),
            Words(reader, "sourcesAfter"),
            Words(reader, "pronounSources"),
            Words(reader, "backReferences"),
            Words(reader, "affiliations"),
            Words(reader, "predicatives"),
            pronouns,
            Words(reader, "adverbs"),
            Words(reader, "complementizers"),
            Words(reader, "circumstances"),
            Words(reader, "clauseStarts"),
            Words(reader, "prepositions"),
            Words(reader, "titles"),
            reader.Bool("dropsSubject"),
            Words(reader, "roles"),
            epithets.ToImmutable(),
            Words(reader, "indefinites"),
            Words(reader, "conjunctions"),
            Words(reader, "announcers"),
            Words(reader, "reciprocals"),
            Letters(reader, "nameLetters"),
            Words(reader, "beforeVerb"),
            Words(reader, "firstPerson"),
            reader.Bool("commaClauses"),
            Words(reader, "subordinators"),
            Words(reader, "determiners"),
            ReadInstitutions(reader.Mapping("institutions", "the 'speech.institutions' section"), file, errors),
            Words(reader, "nameParticles"),
            endings,
            Phrases(reader, "termCues"),
            Words(reader, "descriptionPrefixes"),
            Words(reader, "descriptionWords"),
            Words(reader, "wordingNouns"),
            Words(reader, "asClauses"),
            demonyms.ToImmutable());
        reader.Finish();
        return result;
    }

    private static InstitutionWords ReadInstitutions(MappingReader? reader, string file, List<CatalogError> errors)
    {
        if (reader is null)
        {
            return InstitutionWords.Empty;
        }

        var anaphora = ImmutableArray.CreateBuilder<InstitutionAnaphor>();
        foreach (var node in reader.List("anaphora"))
        {
            if (MappingReader.For(node, file, "an institution anaphor list", errors) is not { } entry)
            {
                continue;
            }

            var kind = entry.Keyword("kind", KindKeywords.Institutions, required: true);
            var words = Phrases(entry, "words");
            entry.Finish();
            if (kind >= 0 && words.Length > 0)
            {
                anaphora.Add(new InstitutionAnaphor((InstitutionKind)kind, words));
            }
        }

        var result = new InstitutionWords(Words(reader, "articles"), Phrases(reader, "locatives"), Words(reader, "impersonal"), Phrases(reader, "cues"), anaphora.ToImmutable(), Words(reader, "members"), Phrases(reader, "documents"));
        reader.Finish();
        return result;
    }

    private static DisputeWords ReadDispute(MappingReader? reader)
    {
        if (reader is null)
        {
            return DisputeWords.Empty;
        }

        var instruments = ReadList(reader, "instruments", "an instrument entry", entry =>
        {
            var kind = entry.Keyword("kind", KindKeywords.Instruments, required: true);
            return new InstrumentWords(kind < 0 ? InstrumentKind.Treaty : (InstrumentKind)kind, Words(entry, "words"));
        });
        var result = new DisputeWords(Phrases(reader, "words"), Phrases(reader, "nearby"), instruments, Words(reader, "control"));
        reader.Finish();
        return result;
    }

    /// <summary>A list of words or phrases kept as written but trimmed (lines are compared with them ignoring case), without duplicates.</summary>
    private static ImmutableArray<string> Phrases(MappingReader reader, string key)
    {
        var phrases = new List<string>();
        foreach (var (value, node) in reader.Strings(key))
        {
            var trimmed = value.Trim();
            if (trimmed.Length == 0 || trimmed.Length > MaxWordLength)
            {
                reader.AddError(node, CatalogErrorCode.BadValue, LanguageMessages.BadWord(key, value, MaxWordLength));
            }
            else if (!phrases.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                phrases.Add(trimmed);
            }
        }

        return [.. phrases];
    }

    private static readonly Keywords DateOrders = new(["dmy", "mdy", "ymd"], [(int)DateOrder.Dmy, (int)DateOrder.Mdy, (int)DateOrder.Ymd]);

    private static readonly Keywords Tenses = new(["none", "next", "last", "future"], [0, 1, 2, 3]);

    private static DateVocabulary ReadDates(MappingReader? reader)
    {
        if (reader is null)
        {
            return DateVocabulary.Empty;
        }

        var orders = new List<DateOrder>();
        foreach (var (value, node) in reader.Strings("orders"))
        {
            var order = DateOrders.Find(value);
            if (order < 0)
            {
                reader.AddError(node, CatalogErrorCode.BadValue, CatalogMessages.BadValue("orders", value, DateOrders.Texts));
            }
            else if (!orders.Contains((DateOrder)order))
            {
                orders.Add((DateOrder)order);
            }
        }

        var months = ReadEntries(reader, "months", 12, "a month", static m => new MonthForms(
            Words(m, "names"), Words(m, "genitive"), Words(m, "prepositional"), Words(m, "abbreviations")));
        var weekdays = ReadEntries(reader, "weekdays", 7, "a weekday", static w => new WeekdayForms(Words(w, "names"), Words(w, "abbreviations")));
        var separators = reader.String("separators") ?? "";
        var result = new DateVocabulary(
            [.. orders],
            separators,
            months,
            weekdays,
            reader.Bool("weekdaysNeedContext"),
            Words(reader, "ambiguous"),
            ReadOffsets(reader, "relativeDays", 7),
            ReadOffsets(reader, "relativeYears", 10),
            Words(reader, "sameYear"),
            Words(reader, "yearWords"),
            Words(reader, "daySuffixes"),
            Words(reader, "joiners"),
            ReadDateContext(reader.Mapping("context", "the dates' 'context'")),
            ReadModifiers(reader),
            Words(reader, "habitual"),
            Words(reader, "articles"),
            Words(reader, "futureCues"),
            Words(reader, "pastCues"),
            Words(reader, "pastEndings"),
            ReadUnits(reader.Mapping("units", "the dates' 'units'")),
            ReadStamps(reader.Mapping("stamps", "the dates' 'stamps'")),
            ReadEras(reader),
            Words(reader, "eraFirstYear"),
            Words(reader, "sameYearBefore"),
            Words(reader, "fiscalYear"),
            Letters(reader, "durations"));
        reader.Finish();
        return result;
    }

    /// <summary>A list of mappings that must hold <paramref name="count"/> entries (twelve months, seven weekdays), or none.</summary>
    private static ImmutableArray<T> ReadEntries<T>(MappingReader reader, string key, int count, string what, Func<MappingReader, T> read)
    {
        var items = reader.List(key);
        var entries = ImmutableArray.CreateBuilder<T>();
        foreach (var item in items)
        {
            var entry = reader.Item(item, what);
            if (entry is not null)
            {
                entries.Add(read(entry));
                entry.Finish();
            }
        }

        if (items.Count > 0 && items.Count != count)
        {
            reader.AddError(reader.Get(key)!, CatalogErrorCode.BadValue, LanguageMessages.WrongCount(key, count, items.Count));
            return [];
        }

        return entries.Count == count ? entries.ToImmutable() : [];
    }

    private static ImmutableArray<OffsetWords> ReadOffsets(MappingReader reader, string key, int limit) =>
        ReadList(reader, key, "an offset entry", entry =>
        {
            var offset = entry.Decimal("offset", required: true);
            if (offset is { } o && (o != decimal.Truncate(o) || Math.Abs(o) > limit))
            {
                entry.AddError(entry.Get("offset")!, CatalogErrorCode.BadValue, LanguageMessages.BadOffset(limit));
            }

            return new OffsetWords(Words(entry, "words"), offset is { } n && n == decimal.Truncate(n) && Math.Abs(n) <= limit ? (int)n : 0);
        });

    private static ImmutableArray<ModifierWords> ReadModifiers(MappingReader reader) =>
        ReadList(reader, "modifiers", "a modifier entry", entry =>
        {
            var tense = entry.Keyword("tense", Tenses, required: true);
            return new ModifierWords(Words(entry, "words"), tense switch
            {
                1 => Parsing.Dates.DateTense.Next,
                2 => Parsing.Dates.DateTense.Last,
                3 => Parsing.Dates.DateTense.Future,
                _ => Parsing.Dates.DateTense.None,
            });
        });

    private static ImmutableArray<EraName> ReadEras(MappingReader reader) =>
        ReadList(reader, "eras", "an era entry", entry =>
        {
            var name = entry.String("name", required: true);
            var start = entry.Decimal("start", required: true);
            if (start is { } y && (y != decimal.Truncate(y) || y < 1 || y > 9999))
            {
                entry.AddError(entry.Get("start")!, CatalogErrorCode.BadValue, LanguageMessages.BadEraStart);
            }

            return new EraName(FoldWord(name ?? ""), start is { } n && n == decimal.Truncate(n) && n is >= 1 and <= 9999 ? (int)n : 0);
        }).Where(e => e.Name.Length > 0 && e.Start > 0).ToImmutableArray();

    private static ImmutableArray<T> ReadList<T>(MappingReader reader, string key, string what, Func<MappingReader, T> read)
    {
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var item in reader.List(key))
        {
            var entry = reader.Item(item, what);
            if (entry is not null)
            {
                result.Add(read(entry));
                entry.Finish();
            }
        }

        return result.ToImmutable();
    }

    private static DateContext ReadDateContext(MappingReader? reader)
    {
        if (reader is null)
        {
            return DateContext.Empty;
        }

        var result = new DateContext(Words(reader, "month"), Words(reader, "strictMonth"), Words(reader, "year"), Words(reader, "weekday"));
        reader.Finish();
        return result;
    }

    private static DateUnits ReadUnits(MappingReader? reader)
    {
        if (reader is null)
        {
            return DateUnits.Empty;
        }

        var result = new DateUnits(Words(reader, "year"), Words(reader, "month"), Words(reader, "day"), reader.Bool("before"));
        reader.Finish();
        return result;
    }

    private static StampWords ReadStamps(MappingReader? reader)
    {
        if (reader is null)
        {
            return StampWords.Empty;
        }

        var result = new StampWords(Words(reader, "published"), Words(reader, "updated"));
        reader.Finish();
        return result;
    }

    /// <summary>A list of words, folded as names are (case, diacritics, width), without duplicates.</summary>
    private static ImmutableArray<string> Words(MappingReader reader, string key)
    {
        var words = new List<string>();
        foreach (var (value, node) in reader.Strings(key))
        {
            var folded = FoldWord(value);
            if (folded.Length == 0 || value.Length > MaxWordLength)
            {
                reader.AddError(node, CatalogErrorCode.BadValue, LanguageMessages.BadWord(key, value, MaxWordLength));
            }
            else if (!words.Contains(folded))
            {
                words.Add(folded);
            }
        }

        return [.. words];
    }

    /// <summary>A list of words kept as written (abbreviations, whose case and full stop matter).</summary>
    private static ImmutableArray<string> Raw(MappingReader reader, string key) =>
        [.. reader.Strings(key).Select(s => s.Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A string of letters, each counted once, folded to lower case.</summary>
    private static string Letters(MappingReader reader, string key)
    {
        var text = reader.String(key);
        if (text is null)
        {
            return "";
        }

        var letters = new List<char>();
        foreach (var c in text)
        {
            if (c is ' ' or ',')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (!letters.Contains(lower))
            {
                letters.Add(lower);
            }
        }

        return new string([.. letters]);
    }

    /// <summary>
    /// A word as the parser compares it: lower case, with apostrophes (’ ') and the separators of names kept,
    /// diacritics kept (é is evidence for French), full width folded. Not <see cref="NameFolding.Key"/>, which
    /// drops diacritics that identification and endings need.
    /// </summary>
    internal static string FoldWord(string word)
    {
        var chars = new char[word.Length];
        var length = 0;
        foreach (var c in word.Trim())
        {
            var unit = c switch
            {
                '\u2019' or '\u02BC' => '\'',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => c,
            };
            chars[length++] = char.ToLowerInvariant(unit);
        }

        return new string(chars, 0, length);
    }
}
