package io.ultralink.text.wiki.internal;

import io.ultralink.text.wiki.CleanedText;

/** Entry point of the cleaner's passes: inline markup, then lines. */
public final class WikitextPasses {

    private WikitextPasses() {
    }

    /** Cleans wikitext to plain text, dropping the sections {@code dropped} names. */
    public static CleanedText clean(String wikitext, SectionNames dropped) {
        TextBuffer scanned = MarkupScanner.scanToBuffer(wikitext);
        return LineCleaner.clean(scanned.chars(), scanned.length(), dropped);
    }
}
