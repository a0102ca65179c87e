package io.ultralink.text.prepare.internal;

import io.ultralink.model.Document;
import io.ultralink.text.wiki.WikiPage;

/**
 * One item read from a preparation input: a dump page (wikitext to clean) or a wikiextractor document (plain
 * text). Exactly one of {@code page} and {@code document} is set.
 *
 * @param id the page id
 * @param page the dump page, or null
 * @param document the extracted document, or null
 */
public record SourceItem(long id, WikiPage page, Document document) {

    static SourceItem of(WikiPage page) {
        return new SourceItem(page.id(), page, null);
    }

    static SourceItem of(Document document) {
        return new SourceItem(document.pageId(), null, document);
    }
}
