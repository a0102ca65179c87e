package io.ultralink.spark.internal;

import io.ultralink.text.prepare.InputSlice;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * One preparation task: the {@code input}-th input, whole or a byte range of its streams. Serializable, unlike
 * {@link InputSlice} (whose {@link Path} is not). Not API.
 *
 * @param input the input's position in the job's list, the first key of segment order
 * @param file the file, as a path string every executor can open
 * @param start the range's first byte (0 for a whole file), the second key of segment order
 * @param end the byte after the range, or {@link InputSlice#WHOLE}
 */
public record SliceTask(int input, String file, long start, long end) implements Serializable {

    /** The slice to prepare. */
    public InputSlice slice() {
        return new InputSlice(Path.of(file), start, end);
    }
}
