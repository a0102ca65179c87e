package io.ultralink.text.wiki;

import io.ultralink.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The stream layout of a multistream {@code .xml.bz2} dump, read from its {@code -index.txt.bz2} (lines
 * {@code offset:pageId:title}): the byte offsets at which its independent bzip2 streams start. Lets a caller cut
 * the dump into byte ranges of whole streams, each readable on its own with {@link WikiDumpReader#openStreams}.
 */
public final class MultistreamIndex {

    private MultistreamIndex() {
    }

    /**
     * The start offsets of the streams of {@code dump}, ascending, always beginning with 0 (the stream holding the
     * XML header) and followed by one last element, the dump's size, so that stream {@code i} spans
     * {@code [offsets[i], offsets[i + 1])}. Offsets at or past the end of the file are left out.
     *
     * @throws InvalidInputException naming the index and line when a line is not {@code offset:pageId:title}, or when
     *     a file cannot be read
     */
    public static long[] streamOffsets(Path dump, Path index) {
        Objects.requireNonNull(dump, "dump");
        Objects.requireNonNull(index, "index");
        TreeSet<Long> starts = new TreeSet<>();
        starts.add(0L);
        long size;
        try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(index), true)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int line = 0;
            for (int start = 0; start < text.length(); ) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                line++;
                if (end > start) {
                    starts.add(offset(index, line, text.substring(start, end)));
                }
                start = end + 1;
            }
            size = Files.size(dump);
        } catch (IOException e) {
            throw new InvalidInputException(index.toString(), 0, null, "cannot read the multistream index of " + dump
                    + ": " + e.getMessage(), e);
        }
        starts.removeIf(o -> o >= size);
        long[] offsets = new long[starts.size() + 1];
        int i = 0;
        for (long o : starts) {
            offsets[i++] = o;
        }
        offsets[i] = size;
        return offsets;
    }

    private static long offset(Path index, int line, String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidInputException(index.toString(), line, "not an index line 'offset:pageId:title'");
        }
        try {
            return Long.parseLong(text.substring(0, colon));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(index.toString(), line, null, "bad offset '" + text.substring(0, colon)
                    + "'", e);
        }
    }
}
