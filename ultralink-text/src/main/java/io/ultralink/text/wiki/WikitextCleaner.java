package io.ultralink.text.wiki;

import io.ultralink.text.wiki.internal.WikitextPasses;
import java.util.Objects;

/**
 * Our own wikitext-to-plain-text cleaner. It removes templates and parser functions (nested), {@code <ref>}s,
 * tables, files and images (under the namespace names and aliases of the languages we know), categories,
 * interlanguage links, HTML comments and tags, magic words and behaviour switches; it keeps link labels, list
 * items and paragraphs (one per line), puts headings on their own lines (dropping headings of empty sections),
 * decodes character references and resolves Chinese variant markup {@code -{…}-} to the Simplified form.
 *
 * <p>The output is a function of the wikitext alone: deterministic, no network, no template expansion.
 * Stateless and thread-safe.
 */
public final class WikitextCleaner {

    private static final WikitextCleaner INSTANCE = new WikitextCleaner();

    private WikitextCleaner() {
    }

    /** Returns the shared cleaner. */
    public static WikitextCleaner create() {
        return INSTANCE;
    }

    /** Returns the plain text of {@code wikitext}: lines separated by {@code \n}, no blank lines, trimmed. */
    public String clean(String wikitext) {
        return WikitextPasses.clean(Objects.requireNonNull(wikitext, "wikitext"));
    }
}
