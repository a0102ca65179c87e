package io.ultralink.text.prepare.internal;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.text.wiki.WikiExtractorReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads a preparation input of either kind: a MediaWiki dump ({@code .xml}, {@code .bz2}) or wikiextractor
 * output ({@code .json}, {@code .jsonl}, or a file whose first non-blank text is <code>&#123;</code> or {@code <doc}, such
 * as wikiextractor's {@code wiki_00}). Not thread-safe.
 */
public final class InputReader implements Iterator<SourceItem>, AutoCloseable {

    /** The language given to extracted documents when the language comes from detection (replaced later). */
    private static final LanguageCode UNDECIDED = LanguageCode.of("und");

    private final WikiDumpReader dump;
    private final WikiExtractorReader extracted;

    private InputReader(WikiDumpReader dump, WikiExtractorReader extracted) {
        this.dump = dump;
        this.extracted = extracted;
    }

    /** Opens {@code file}, reading wikiextractor documents as {@code language} (null: decided later). */
    public static InputReader open(Path file, LanguageCode language) {
        if (isExtractorOutput(file)) {
            return new InputReader(null, WikiExtractorReader.open(file, language != null ? language : UNDECIDED));
        }
        return new InputReader(WikiDumpReader.open(file), null);
    }

    /** Whether {@code file} holds wikiextractor output rather than a MediaWiki dump. */
    public static boolean isExtractorOutput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return true;
        }
        if (name.endsWith(".xml") || name.endsWith(".bz2")) {
            return false;
        }
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot open: " + e.getMessage(), e);
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{") || start.startsWith("<doc");
    }

    @Override
    public boolean hasNext() {
        return dump != null ? dump.hasNext() : extracted.hasNext();
    }

    @Override
    public SourceItem next() {
        return dump != null ? SourceItem.of(dump.next()) : SourceItem.of(extracted.next());
    }

    @Override
    public void close() {
        if (dump != null) {
            dump.close();
        } else {
            extracted.close();
        }
    }
}
