namespace Kurils.Domain.Languages;

/// <summary>The texts of the problems a language pack can have, in one place.</summary>
internal static class LanguageMessages
{
    public const string EmptyPack = "the language pack is empty";

    public const string BadPrior = "'prior' must be a number from 0 to 10";

    public const string BadStemLength = "'minStemLength' must be a whole number from 1 to 20";

    public const string BadPassiveReach = "'passiveReach' must be a whole number from 1 to 8";

    public static string BadCode(string code) =>
        $"'{code}' is not a language code (a BCP 47 primary subtag: two or three lower-case letters, such as 'fr')";

    public static string BadScript(string value, IEnumerable<string> scripts) =>
        $"'{value}' is not a script code (expected one of: {string.Join(", ", scripts)})";

    public static string BadQuotePair(string value) =>
        $"'{value}' is not a pair of quotation marks (write the opening and the closing mark together, such as '«»')";

    public static string FullStopNotAStop(char mark) =>
        $"'{mark}' in 'fullStops' is not one of the pack's 'sentenceStops' (a full stop ends a sentence: list it there too)";

    public static string BadWord(string key, string value, int max) =>
        $"'{value}' in '{key}' is not a word (empty, or longer than {max} characters)";

    public static string WrongCount(string key, int expected, int found) =>
        $"'{key}' must list {expected} entries in order ({found} found)";

    public const string BadEraStart = "'start' must be a year from 1 to 9999 (the Gregorian year of the era's first year)";

    public static string BadOffset(int limit) => $"'offset' must be a whole number from -{limit} to {limit}";
    public static string BadMode(string mode, string type, IReadOnlyList<string> modes) => modes.Count == 0
        ? $"PLOVER gives '{type}' no modes (remove 'mode: {mode}')"
        : $"'{mode}' is not a PLOVER mode of '{type}' (expected one of: {string.Join(", ", modes)})";

    public static string DuplicateCode(string code, string firstAt) => $"duplicate language pack '{code}' (first read from {firstAt})";

    public static string CodeNotFileName(string code, string file) => $"the pack's code '{code}' is not its file name ('{file}')";
}
