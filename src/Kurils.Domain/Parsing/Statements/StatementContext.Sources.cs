namespace Kurils.Domain.Parsing.Statements;

// The speaker a source cue with a pronoun stands for: "По его словам, …", "According to him, …", "그는 …고 강조했다".
internal sealed partial class StatementContext
{
    /// <summary>
    /// The person who spoke last, when they spoke shortly before <paramref name="at"/>: a catalog id, or the name as
    /// written of a speaker the catalog lacks; null when nobody did, or the last speaker was an institution.
    /// </summary>
    public (string? Speaker, TextSpan? Name)? LastSpeakerNear(int at) =>
        (LastPersonSpeaker is not null || _lastName is not null) && at - _lastSpokeAt <= ContinuationWindow ? (LastPersonSpeaker, _lastName) : null;
}
