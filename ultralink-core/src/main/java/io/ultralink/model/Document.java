package io.ultralink.model;

import io.ultralink.internal.Checks;
import java.util.Objects;

/**
 * A cleaned article: plain text with where it came from.
 *
 * @param pageId the wiki page id ({@code > 0})
 * @param revisionId the revision the text was taken from, {@code 0} when unknown
 * @param title the page title, not blank
 * @param url the page address, empty when unknown
 * @param language the language of the wiki it came from
 * @param text the cleaned plain text (may be empty; length filters decide what to keep)
 */
public record Document(long pageId, long revisionId, String title, String url, LanguageCode language, String text) {

    /** Validates every field. */
    public Document {
        if (pageId <= 0) {
            throw new IllegalArgumentException("pageId must be > 0, was " + pageId);
        }
        Checks.notNegative(revisionId, "revisionId");
        Checks.notBlank(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    /** The provenance of this document, shared by all its segments. */
    public SourceRef source() {
        return new SourceRef(language, pageId, revisionId, title, url);
    }

    /** A copy with other text (after normalisation, for example). */
    public Document withText(String newText) {
        return new Document(pageId, revisionId, title, url, language, newText);
    }

    @Override
    public String toString() {
        return "Document[" + language + ":" + pageId + "@" + revisionId + " '" + title + "', " + text.length() + " chars]";
    }
}
