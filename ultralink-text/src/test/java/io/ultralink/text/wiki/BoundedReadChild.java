package io.ultralink.text.wiki;

import java.nio.file.Path;

/** Reads a dump with a bound on page text in a JVM of its own (small heaps); prints what it read. */
public final class BoundedReadChild {

    private BoundedReadChild() {
    }

    /** Arguments: the dump, the bound in bytes. */
    public static void main(String[] args) {
        long pages = 0;
        long tooLarge = 0;
        long chars = 0;
        try (WikiDumpReader reader = WikiDumpReader.open(Path.of(args[0]), 1, Long.parseLong(args[1]))) {
            while (reader.hasNext()) {
                WikiPage page = reader.next();
                pages++;
                tooLarge += page.tooLarge() ? 1 : 0;
                chars += page.wikitext().length();
            }
        }
        System.out.println("pages=" + pages + " tooLarge=" + tooLarge + " chars=" + chars);
    }
}
