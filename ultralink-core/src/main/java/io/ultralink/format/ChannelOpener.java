package io.ultralink.format;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens the file channels that crash-safe writers write through. The default opens real files;
 * another opener can stand between a run and its disk, for example to inject a failing write in a
 * test, or to count bytes.
 */
@FunctionalInterface
public interface ChannelOpener {

    /** Opens files with {@link FileChannel#open(Path, Set, java.nio.file.attribute.FileAttribute[])}. */
    ChannelOpener DEFAULT = FileChannel::open;

    /**
     * Opens {@code file}.
     *
     * @param file the file
     * @param options how to open it
     * @return the channel
     * @throws IOException when it cannot be opened
     */
    FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException;
}
