namespace Newsdesk.Extraction.Metadata;

/// <summary>Words and class-name fragments the publication-date search relies on, each with its reason.</summary>
internal static class DateVocabulary
{
    /// <summary>Fragments of a class or id that mark an element holding a date (matched inside each class token).</summary>
    public static readonly Vocabulary DateClasses = new(
        ("date", "the usual class of a dateline: date, post-date, article__date, entry-date"),
        ("publish", "published, publish-time, publication"),
        ("posted", "WordPress themes: posted-on"),
        ("time", "timestamp, time, pub-time"),
        ("dateline", "news datelines"),
        ("byline", "the byline often carries the date"),
        ("entry-meta", "WordPress themes put date and author there"),
        ("post-meta", "blog themes put date and author there"),
        ("article-meta", "news themes"),
        ("article-info", "news themes"),
        ("meta-info", "news themes"),
        ("datum", "German: date"),
        ("zeit", "German: time"),
        ("fecha", "Spanish: date"),
        ("submitted", "Drupal's 'Submitted by … on …' line"),
        ("erschienen", "German: published"),
        ("veroeffentlicht", "German: published (transliterated in class names)"));

    /// <summary>Fragments that mark a date as a revision rather than the publication.</summary>
    public static readonly Vocabulary UpdatedClasses = new(
        ("update", "updated, last-update"),
        ("modif", "modified, date-modified"),
        ("revis", "revised, revision"),
        ("aktualisiert", "German: updated"));

    /// <summary>Words that, just before a date in visible text, mark it as a revision date.</summary>
    public static readonly Vocabulary UpdatedWords = new(
        ("updated", "English: 'Updated Jan 9, 2021'"),
        ("update", "English: 'Last update'"),
        ("modified", "English: 'Last modified'"),
        ("aktualisiert", "German: updated"),
        ("geändert", "German: changed"),
        ("stand", "German: 'Stand: 08.01.2021', the state as of the last edit"),
        ("änderung", "German: 'Letzte Änderung: 31.10.2023', last change"),
        ("mis à jour", "French: updated"),
        ("mise à jour", "French: update"),
        ("actualizado", "Spanish/Portuguese: updated"),
        ("actualizada", "Spanish: updated"),
        ("atualizado", "Portuguese: updated"),
        ("aggiornato", "Italian: updated"),
        ("bijgewerkt", "Dutch: updated"));

    /// <summary>Words that, just before a date in a dateline, say it is the publication date; such a date wins over
    /// the others of the same dateline ("Letzte Änderung: 31.10.2023 · Erschienen am: 01.11.2023").</summary>
    public static readonly Vocabulary PublishedWords = new(
        ("published", "English: 'Published 8 Jan 2021'"),
        ("posted", "English: 'Posted on'"),
        ("erschienen", "German: appeared"),
        ("veröffentlicht", "German: published"),
        ("publié", "French: published"),
        ("publicado", "Spanish/Portuguese: published"),
        ("pubblicato", "Italian: published"),
        ("gepubliceerd", "Dutch: published"));

    /// <summary>Fragments of a class or id of an ancestor whose dates belong to other content (comments, teasers).</summary>
    public static readonly Vocabulary ForeignContainers = new(
        ("comment", "comments carry their own dates and authors"),
        ("related", "teasers of related articles carry their dates"),
        ("sidebar", "sidebars list other articles"),
        ("widget", "sidebar widgets list recent posts"),
        ("teaser", "teasers of other articles"),
        ("recent", "lists of recent posts"),
        ("popular", "lists of popular posts"),
        ("footer", "site footers carry copyright years and other articles"),
        ("kommentar", "German: comment"),
        ("reply", "replies in threads"));
}
