package io.ultralink.model;

import io.ultralink.internal.Checks;
import java.util.Objects;

/**
 * Where a segment's text came from: the wiki page and revision.
 *
 * @param language the wiki's language
 * @param pageId the page id ({@code > 0})
 * @param revisionId the revision id, {@code 0} when unknown
 * @param title the page title
 * @param url the page address, empty when unknown
 */
public record SourceRef(LanguageCode language, long pageId, long revisionId, String title, String url) {

    /** Validates every field. */
    public SourceRef {
        Objects.requireNonNull(language, "language");
        if (pageId <= 0) {
            throw new IllegalArgumentException("pageId must be > 0, was " + pageId);
        }
        Checks.notNegative(revisionId, "revisionId");
        Checks.notBlank(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
