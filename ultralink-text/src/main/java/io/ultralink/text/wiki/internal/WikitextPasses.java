package io.ultralink.text.wiki.internal;

/** Entry point of the cleaner's passes: inline markup, then lines. */
public final class WikitextPasses {

    private WikitextPasses() {
    }

    /** Cleans wikitext to plain text. */
    public static String clean(String wikitext) {
        TextBuffer scanned = MarkupScanner.scanToBuffer(wikitext);
        return LineCleaner.clean(scanned.chars(), scanned.length());
    }
}
