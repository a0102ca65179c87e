package io.ultralink.text.prepare;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One unit of preparation work: a whole input file, or the byte range {@code [start, end)} of whole bzip2 streams
 * of a multistream dump (see {@link io.ultralink.text.wiki.MultistreamIndex}), so that the parts of one dump can be
 * prepared independently, for example as the tasks of a cluster job.
 *
 * @param file the input file
 * @param start the first byte of the range, or 0 for a whole file
 * @param end the byte after the range, or {@link #WHOLE} for a whole file
 */
public record InputSlice(Path file, long start, long end) {

    /** The {@code end} of a slice that is a whole file. */
    public static final long WHOLE = -1;

    /** Validates the range. */
    public InputSlice {
        Objects.requireNonNull(file, "file");
        if (end == WHOLE ? start != 0 : start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") of " + file);
        }
    }

    /** The whole of {@code file}. */
    public static InputSlice whole(Path file) {
        return new InputSlice(file, 0, WHOLE);
    }

    /** Whether this is a whole file rather than a range of streams. */
    public boolean isWhole() {
        return end == WHOLE;
    }

    @Override
    public String toString() {
        return isWhole() ? file.toString() : file + " [bytes " + start + ".." + end + ")";
    }
}
