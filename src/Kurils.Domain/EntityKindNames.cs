namespace Kurils.Domain;

/// <summary>The lower-case words for entity kinds used in messages and in every output format.</summary>
internal static class EntityKindNames
{
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Territory => "territory",
        EntityKind.Instrument => "instrument",
        EntityKind.Person => "person",
        EntityKind.Office => "office",
        EntityKind.Outlet => "outlet",
        EntityKind.Country => "country",
        EntityKind.Institution => "institution",
        _ => "event",
    };
}
