namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// What one line looks like on its own, before its neighbours are considered. <see cref="Text"/> is ordinary
/// prose whose kind (headline, lead, body, caption, comment...) the segmenter decides from context.
/// </summary>
internal enum LineClass
{
    Text,
    Navigation,
    Residue,
    Advertisement,
    EditorNote,
    Tags,
    Byline,
    CommentsHeader,
    PhotoCredit,

    /// <summary>A closing credit that needs no context: "© 2024 Reuters", "(Reuters)", "All rights reserved".</summary>
    Credit,

    /// <summary>A bare "© Someone" line: a photo credit inside the article, a closing credit after it.</summary>
    CopyrightMark,

    /// <summary>A date or time stamp ("June 6, 2024 10:40 JST"): never a headline, ends as Unknown.</summary>
    Timestamp,
}
