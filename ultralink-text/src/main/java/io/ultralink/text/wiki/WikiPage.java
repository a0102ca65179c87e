package io.ultralink.text.wiki;

import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import java.util.Objects;

/**
 * One page of a MediaWiki XML dump, as read: ids, title, namespace, redirect flag and raw wikitext.
 *
 * @param id page id (positive)
 * @param revisionId id of the revision the text belongs to (0 if absent)
 * @param title page title
 * @param namespace namespace number (0 for articles)
 * @param redirect whether the page is a redirect
 * @param wikitext the raw wikitext (empty if absent, or when the page is too large)
 * @param tooLarge whether the page's text (or title) was longer than the reader's bound and was read past
 *     without being kept; its {@code wikitext} is then empty
 */
public record WikiPage(long id, long revisionId, String title, int namespace, boolean redirect, String wikitext,
        boolean tooLarge) {

    /** Validates the fields. */
    public WikiPage {
        if (id <= 0) {
            throw new IllegalArgumentException("page id must be > 0, was " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(wikitext, "wikitext");
    }

    /** A page whose text was read whole. */
    public WikiPage(long id, long revisionId, String title, int namespace, boolean redirect, String wikitext) {
        this(id, revisionId, title, namespace, redirect, wikitext, false);
    }

    /** The wikiextractor-style URL of this page on {@code language}'s Wikipedia. */
    public String url(LanguageCode language) {
        return "https://" + language.code() + ".wikipedia.org/wiki?curid=" + id;
    }

    /** Returns a document with this page's provenance and the given (cleaned) text. */
    public Document toDocument(LanguageCode language, String text) {
        return new Document(id, revisionId, title.isBlank() ? "#" + id : title, url(language), language, text);
    }

    @Override
    public String toString() {
        return "WikiPage[" + id + "@" + revisionId + " ns" + namespace + " '" + title + "'"
                + (redirect ? " redirect" : "") + (tooLarge ? ", too large" : ", " + wikitext.length() + " chars") + "]";
    }
}
