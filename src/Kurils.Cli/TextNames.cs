using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>The kebab-case words the outputs use for the parser's enums: part of the documented schema.</summary>
internal static class TextNames
{
    public static string Of(SegmentKind kind) => kind switch
    {
        SegmentKind.Headline => "headline",
        SegmentKind.Lead => "lead",
        SegmentKind.Dateline => "dateline",
        SegmentKind.Body => "body",
        SegmentKind.Byline => "byline",
        SegmentKind.Caption => "caption",
        SegmentKind.PhotoCredit => "photo-credit",
        SegmentKind.Credit => "credit",
        SegmentKind.Navigation => "navigation",
        SegmentKind.Residue => "residue",
        SegmentKind.Tags => "tags",
        SegmentKind.EditorNote => "editor-note",
        SegmentKind.Advertisement => "advertisement",
        SegmentKind.CommentsHeader => "comments-header",
        SegmentKind.Comment => "comment",
        _ => "unknown",
    };

    public static string Of(MentionMethod method) => method switch
    {
        MentionMethod.Name => "name",
        MentionMethod.Description => "description",
        _ => "anaphora",
    };

    public static string Of(UnattributedReason reason) => reason switch
    {
        UnattributedReason.UnresolvedReference => "unresolved-reference",
        UnattributedReason.Ambiguous => "ambiguous",
        UnattributedReason.SpeakerTooFar => "speaker-too-far",
        _ => "no-speaker-named",
    };

    public static string Of(ReferenceDateSource source) => source switch
    {
        ReferenceDateSource.Given => "given",
        ReferenceDateSource.Inferred => "inferred",
        ReferenceDateSource.Stamp => "stamp",
        _ => "none",
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };

    public static string Of(DateRule rule) => rule switch
    {
        DateRule.Absolute => "absolute",
        DateRule.MonthDayLatest => "month-day-latest",
        DateRule.MonthDayNext => "month-day-next",
        DateRule.WeekdayLatest => "weekday-latest",
        DateRule.WeekdayFuture => "weekday-future",
        DateRule.WeekdayNext => "weekday-next",
        DateRule.WeekdayLast => "weekday-last",
        DateRule.RelativeDay => "relative-day",
        DateRule.Month => "month",
        DateRule.MonthYear => "month-year",
        DateRule.RelativeYear => "relative-year",
        DateRule.Year => "year",
        DateRule.DayOfMonth => "day-of-month",
        _ => "unknown",
    };
}
