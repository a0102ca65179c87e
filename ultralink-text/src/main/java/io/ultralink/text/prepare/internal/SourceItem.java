package io.ultralink.text.prepare.internal;

import io.ultralink.model.Document;
import io.ultralink.text.wiki.WikiPage;

/**
 * One item read from a preparation input: a dump page (wikitext to clean), a wikiextractor document (plain
 * text), or a wikiextractor document skipped for being over the size bound. At most one of {@code page} and
 * {@code document} is set; neither for a skipped document.
 *
 * @param id the page id (0 for a skipped document, whose id was not read)
 * @param page the dump page, or null
 * @param document the extracted document, or null
 */
public record SourceItem(long id, WikiPage page, Document document) {

    /** A wikiextractor document that was over the size bound. */
    static final SourceItem TOO_LARGE_DOCUMENT = new SourceItem(0, null, null);

    static SourceItem of(WikiPage page) {
        return new SourceItem(page.id(), page, null);
    }

    static SourceItem of(Document document) {
        return new SourceItem(document.pageId(), null, document);
    }
}
