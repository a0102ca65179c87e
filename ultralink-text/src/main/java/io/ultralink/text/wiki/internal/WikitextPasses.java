package io.ultralink.text.wiki.internal;

/** Entry point of the cleaner's passes: inline markup, then lines. */
public final class WikitextPasses {

    private WikitextPasses() {
    }

    /** Cleans wikitext to plain text. */
    public static String clean(String wikitext) {
        return LineCleaner.clean(MarkupScanner.scan(wikitext));
    }
}
