using Kurils.Domain.Parsing.Mentions;

namespace Kurils.Domain.Parsing.Statements;

// People the catalog lacks who share a catalog person's family name: "Kishida said" after "Taro Kishida, a fisherman".
internal sealed partial class StatementContext
{
    /// <summary>
    /// The fullest name of the namesake a run of words ends with ("Kishida" after "Taro Kishida, a fisherman, …": "Taro
    /// Kishida"), or null when it ends with none.
    /// </summary>
    private TextSpan? NamesakeEnding(TextSpan run)
    {
        // Namesakes are few and in text order: the last one starting before the run's end is the only candidate.
        for (var i = namesakes.Count - 1; i >= 0; i--)
        {
            var at = namesakes[i].At;
            if (at.Start >= run.End)
            {
                continue;
            }

            return at.End == run.End && run.Contains(at) ? namesakes[i].Name : null;
        }

        return null;
    }
}
