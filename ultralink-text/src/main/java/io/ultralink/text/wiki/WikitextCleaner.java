package io.ultralink.text.wiki;

import io.ultralink.text.wiki.internal.SectionNames;
import io.ultralink.text.wiki.internal.WikitextPasses;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Our own wikitext-to-plain-text cleaner. It removes templates and parser functions (nested), {@code <ref>}s,
 * tables, files and images (under the namespace names and aliases of the languages we know), categories,
 * interlanguage links, HTML comments and tags, magic words and behaviour switches; it keeps link labels, list
 * items and paragraphs (one per line), puts headings on their own lines (dropping headings of empty sections),
 * decodes character references and resolves Chinese variant markup {@code -{…}-} to the Simplified form.
 *
 * <p>A cleaner made with {@link #droppingSections} also drops the sections whose heading is one of the given
 * names (a language pack's {@code referenceSections}: See also, References, External links, ...), each up to
 * the next heading of its level or higher, sub-sections included; {@link #cleanCounting} says how much went.
 *
 * <p>The output is a function of the wikitext alone: deterministic, no network, no template expansion.
 * Stateless and thread-safe.
 */
public final class WikitextCleaner {

    private static final WikitextCleaner INSTANCE = new WikitextCleaner(new SectionNames(List.of()));

    private final SectionNames dropped;

    private WikitextCleaner(SectionNames dropped) {
        this.dropped = dropped;
    }

    /** Returns the shared cleaner, which keeps every section. */
    public static WikitextCleaner create() {
        return INSTANCE;
    }

    /**
     * A cleaner that drops the sections headed by one of {@code sectionNames} (compared without regard to case,
     * spacing or a trailing colon).
     */
    public static WikitextCleaner droppingSections(Collection<String> sectionNames) {
        SectionNames names = new SectionNames(Objects.requireNonNull(sectionNames, "sectionNames"));
        return names.isEmpty() ? INSTANCE : new WikitextCleaner(names);
    }

    /** Returns the plain text of {@code wikitext}: lines separated by {@code \n}, no blank lines, trimmed. */
    public String clean(String wikitext) {
        return cleanCounting(wikitext).text();
    }

    /** The plain text of {@code wikitext} and the reference sections dropped from it. */
    public CleanedText cleanCounting(String wikitext) {
        return WikitextPasses.clean(Objects.requireNonNull(wikitext, "wikitext"), dropped);
    }
}
