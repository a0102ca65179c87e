package io.ultralink.spark.internal;

import io.ultralink.text.prepare.InputSlice;
import io.ultralink.text.wiki.MultistreamIndex;
import io.ultralink.text.wiki.WikiDumpReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts preparation inputs into tasks: a multistream dump (an {@code .xml.bz2} with its {@code -index.txt.bz2}
 * beside it) into byte ranges of whole streams of at least a target size, anything else (plain {@code .bz2},
 * {@code .xml}, wikiextractor output) into one task per file. Not API.
 */
public final class InputSlices {

    private InputSlices() {
    }

    /** The tasks for {@code inputs}, in input order and, within a dump, in byte order. */
    public static List<SliceTask> of(List<Path> inputs, long targetBytes) {
        if (targetBytes < 1) {
            throw new IllegalArgumentException("targetBytes must be >= 1, was " + targetBytes);
        }
        List<SliceTask> tasks = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path file = inputs.get(i).toAbsolutePath();
            Optional<Path> index = WikiDumpReader.indexOf(file);
            if (index.isEmpty()) {
                tasks.add(new SliceTask(i, file.toString(), 0, InputSlice.WHOLE));
                continue;
            }
            long[] offsets = MultistreamIndex.streamOffsets(file, index.get());
            long start = offsets[0];
            for (int s = 1; s < offsets.length; s++) {
                boolean last = s == offsets.length - 1;
                if (last || offsets[s] - start >= targetBytes) {
                    tasks.add(new SliceTask(i, file.toString(), start, offsets[s]));
                    start = offsets[s];
                }
            }
        }
        return tasks;
    }
}
