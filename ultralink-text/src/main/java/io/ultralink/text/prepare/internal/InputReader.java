package io.ultralink.text.prepare.internal;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.prepare.InputSlice;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.text.wiki.WikiExtractorReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads a preparation input of either kind: a MediaWiki dump ({@code .xml}, {@code .bz2}) or wikiextractor
 * output ({@code .json}, {@code .jsonl}, or a file whose first non-blank text is <code>&#123;</code> or {@code <doc}, such
 * as wikiextractor's {@code wiki_00}). Pages and documents over the size bound are items too, so that they are
 * counted in order. Not thread-safe.
 */
public final class InputReader implements Iterator<SourceItem>, AutoCloseable {

    /** The language given to extracted documents when the language comes from detection (replaced later). */
    private static final LanguageCode UNDECIDED = LanguageCode.of("und");

    private final WikiDumpReader dump;
    private final WikiExtractorReader extracted;
    private long tooLargeGiven;

    private InputReader(WikiDumpReader dump, WikiExtractorReader extracted) {
        this.dump = dump;
        this.extracted = extracted;
    }

    /**
     * Opens {@code file}, reading wikiextractor documents as {@code language} (null: decided later); dump pages whose
     * text is longer than {@code maxPageBytes} come without it, marked too large.
     */
    public static InputReader open(Path file, LanguageCode language, long maxPageBytes) {
        if (isExtractorOutput(file)) {
            return new InputReader(null, WikiExtractorReader.open(file, language != null ? language : UNDECIDED,
                    maxPageBytes));
        }
        return new InputReader(WikiDumpReader.open(file, Runtime.getRuntime().availableProcessors(), maxPageBytes),
                null);
    }

    /**
     * Opens {@code slice}: a whole file as {@link #open} does (decompressing on {@code threads} threads), or a range
     * of streams of a multistream dump ({@link WikiDumpReader#openStreams}, on the calling thread).
     */
    public static InputReader open(InputSlice slice, LanguageCode language, long maxPageBytes, int threads) {
        if (!slice.isWhole()) {
            return new InputReader(WikiDumpReader.openStreams(slice.file(), slice.start(), slice.end(), maxPageBytes),
                    null);
        }
        if (isExtractorOutput(slice.file())) {
            return open(slice.file(), language, maxPageBytes);
        }
        return new InputReader(WikiDumpReader.open(slice.file(), threads, maxPageBytes), null);
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
        if (dump != null) {
            return dump.hasNext();
        }
        return extracted.hasNext() || extracted.tooLarge() > tooLargeGiven;
    }

    /** The next page or document; documents skipped for their size come as such, before the next one read. */
    @Override
    public SourceItem next() {
        if (dump != null) {
            return SourceItem.of(dump.next());
        }
        boolean more = extracted.hasNext();
        if (extracted.tooLarge() > tooLargeGiven) {
            tooLargeGiven++;
            return SourceItem.TOO_LARGE_DOCUMENT;
        }
        if (!more) {
            throw new NoSuchElementException();
        }
        return SourceItem.of(extracted.next());
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
