using System.Text;

namespace Kurils.Domain.Fuzz;

/// <summary>The hostile starting inputs and the tokens the mutator splices into inputs.</summary>
public static class HostileCorpus
{
    /// <summary>Pieces of text the parser looks for or trips on: quotation marks, line breaks, catalog names, datelines, dates, page residue, broken UTF-16.</summary>
    public static IReadOnlyList<string> Tokens { get; } =
    [
        "\u201C", "\u201D", "\"", "\u00AB", "\u00BB", "\u201E", "\u300C", "\u300D", "\u300E", "\u300F", "'", "\u2018", "\u2019",
        "\n", "\r", "\r\n", "\n\n", "\r\r", "\u2028", "\u2029", "\u0085", "\t", " ", "\u00A0", "\u3000",
        "\0", "\u0001", "\u001B", "\u007F", "\uFEFF", "\u200B", "\u200D", "\u202E", "\u202D", "\u2066", "\uFFFD", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00",
        "Etorofu", "Etor\u200Bofu", "\u202EIturup", "Iturup", "Итуруп", "択捉島", "択捉", "Kunashiri", "Kunashir", "Кунашир", "国後島", "Shikotan", "Shikoton",
        "Habomai", "Habomai islets", "歯舞群島", "Northern Territories", "Southern Kurils", "Южные Курилы", "北方領土", "Kuril Islands", "Малая Курильская гряда",
        "Etorofu-class", "eToro", "Shakotan", "остров Юрий", "Yuri Island", "Зелёный", "Сигнальный",
        "Putin said", "Putin", "Vladimir Putin", "Путин", "プーチン", "Hayashi", "Yoshimasa Hayashi", "Hayashi Yoshimasa", "Rudenko", "Andrei Rudenko", "Kato", "Medvedev", "Kishida",
        "Chief Cabinet Secretary", "the Chief Cabinet Secretary said", "the Russian leader", "he said", "she said", "he added", "said that", "told reporters", "заявил", "と述べた",
        "said Wednesday", "on Thursday", "next Friday", "last Wednesday", "will meet on Friday", "December 13", "Dec. 13", "13 December 2022", "Aug 15, 1945",
        "2024年6月5日", "6月5日", "13日", "5 июня", "в среду", "today", "yesterday", "tomorrow", "last year", "in 1956", "February 2022", "March of that year", "in July",
        "1956 Joint Declaration", "a 1956 joint declaration", "San Francisco Peace Treaty", "peace treaty", "constitution",
        "ST. PETERSBURG, December 13. /TASS/.", "MOSCOW, June 5. /TASS/. ", "/TASS/.", "TOKYO (Kyodo) -- ", "MOSCOW \u2013 ", "\u3010\u30E2\u30B9\u30AF\u30EF\u3011", "\uFF3B\u6771\u4EAC\uFF3D",
        "\u00A9 KYODO", "\u00A9 Sergei Bobylev/TASS", "Kyodo News", "10 Comments", "0 Comments", "Login to comment", "\u2022 Ukraine", "print PRINT",
        "INTERNATIONAL > East Asia & Pacific", "All news", "By Jane Doe", "Editor: See related story here.", "Share", "Advertisement",
        "Russia controls the islands", "Japan controls the islands", "administered by Japan", "earthquake off Etorofu",
        ". ", ", ", "(", ")", "[", "]", "-", "\u2014", "\u2026", "...", "#", ">", "/", "\\", "&amp;", "<p>", "%s", "{0}", "0", "9999", "-1",
    ];

    /// <summary>Named hostile inputs, small enough to mutate (the very large ones live in the tests).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Inputs { get; } = BuildInputs();

    private static List<KeyValuePair<string, string>> BuildInputs()
    {
        var quotes = new[] { ("\u201C", "\u201D"), ("\"", "\""), ("\u00AB", "\u00BB"), ("\u201E", "\u201C"), ("\u300C", "\u300D"), ("\u300E", "\u300F") };
        var inputs = new List<KeyValuePair<string, string>>
        {
            new("empty", string.Empty),
            new("space", " "),
            new("whitespace", " \t\r\n\u00A0\u2028\u2029\u0085\u3000 \n"),
            new("nul", "\0"),
            new("control", "\0\u0001\u0002\u0003\u0007\b\u000B\f\u000E\u001B[31m\u007F\u0080\u009F"),
            new("nul-in-text", "Putin said\0 \"the islands\0 are ours\"\0\n\0"),
            new("lone-high", "\uD800"),
            new("lone-low", "\uDC00"),
            new("lone-surrogates-in-text", "Etorofu\uD800 said \"\uDC00\" Putin\uDBFF\n\uDFFF\u201C\uD83D\u201D"),
            new("reversed-pair", "\uDE00\uD83D Kunashiri"),
            new("zero-width-in-name", "Etor\u200Bofu and Kuna\u200Dshiri and Shiko\uFEFFtan"),
            new("rtl-override", "\u202EIturup\u202C and \u202DEtorofu \u2067Putin\u2069 said \"\u202Eno\""),
            new("bom", "\uFEFFPutin remarks\n\nMOSCOW, June 5. /TASS/. Putin said \"the islands are ours.\""),
            new("bom-only", "\uFEFF"),
            new("double-bom", "\uFEFF\uFEFFHeadline\n\uFEFFBody"),
            new("cr-only", "Japan protests\r\rTOKYO (Kyodo) -- Hayashi said Thursday \"unacceptable.\"\r\r\u00A9 KYODO\r"),
            new("mixed-line-endings", "Headline here\r\n\rTOKYO (Kyodo) -- Hayashi said\n\r\"unacceptable.\"\u2028Next\u2029para\u0085end\r\n\n\r"),
            new("newlines-only", new string('\n', 500) + new string('\r', 500) + string.Concat(Enumerable.Repeat("\r\n", 250))),
            new("quote-soup", string.Concat(quotes.Select(q => q.Item1 + q.Item2 + q.Item2 + q.Item1))),
            new("all-open-quotes", string.Concat(quotes.Select(q => q.Item1 + "Putin said "))),
            new("all-close-quotes", string.Concat(quotes.Select(q => "Putin said " + q.Item2))),
            new("comments-only", "10 Comments\nLogin to comment\nhandle\n\nhandle2\nx"),
            new("dateline-only", "ST. PETERSBURG, December 13. /TASS/."),
            new("dates-soup", "December 13 Dec. 13 13 December 2022 2024年6月5日 13日 5 июня Wednesday next Friday last year in 1956 February 30 2024年13月40日 0日 99999年"),
            new("names-soup", "Etorofu Iturup Итуруп 択捉島 Kunashiri Kunashir 国後島 Shikotan Habomai 北方領土 Northern Territories Etorofu-class eToro Shakotan"),
        };

        foreach (var (open, close) in quotes)
        {
            inputs.Add(new($"unbalanced-{Name(open)}", "Putin said " + open + "the islands are ours.\n\n" + open + "We will not give them back.\n\nHayashi said " + open + "Unacceptable."));
            inputs.Add(new($"nested-{Name(open)}", "Hayashi said " + open + "Putin said " + open + "never " + open + "ever" + close + close + " and left." + close + close));
            inputs.Add(new($"close-first-{Name(open)}", close + "Putin said" + open + close + close + open));
        }

        var builder = new StringBuilder();
        foreach (var (open, close) in quotes)
        {
            builder.Append(open).Append("Etorofu ").Append(quotes[(builder.Length / 7) % quotes.Length].Item1);
        }

        inputs.Add(new("interleaved-quotes", builder.ToString()));
        inputs.Add(new("thousand-quotes", string.Concat(Enumerable.Repeat("\u201C\"\u00AB\u201E\u300C\u300E", 1000))));
        inputs.Add(new("long-line", string.Concat(Enumerable.Repeat("Putin said \"Etorofu\" on Wednesday, ", 2000))));
        inputs.Add(new("many-short-lines", string.Concat(Enumerable.Repeat("x\nPutin said\n\"\n", 2000))));
        return inputs;
    }

    private static string Name(string quote) => ((int)quote[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
