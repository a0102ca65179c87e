package io.ultralink.run;

import io.ultralink.error.UltraLinkException;
import io.ultralink.format.ChannelOpener;
import io.ultralink.format.LineAppender;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Files replaced whole: the new content goes to a temporary file beside the target, is forced to
 * the disk, moved over the target in one atomic step and the folder is forced too, so a crash at any
 * moment leaves the old file or the new one, never a mix.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content}. */
    public static void replace(Path target, byte[] content) {
        replace(target, content, ChannelOpener.DEFAULT);
    }

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void replace(Path target, String text) {
        replace(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Keeps only the lines of {@code file} that {@code keep} accepts, reading and writing in a stream.
     * A partial last line is removed first. Nothing is rewritten when every line is kept.
     *
     * @return how many lines were removed
     */
    public static long filterLines(Path file, Predicate<String> keep) {
        return filterLines(file, keep, ChannelOpener.DEFAULT);
    }

    /** {@link #filterLines(Path, Predicate)} through {@code channels}. */
    public static long filterLines(Path file, Predicate<String> keep, ChannelOpener channels) {
        if (!Files.exists(file)) {
            return 0;
        }
        LineAppender.open(file, false, channels).close();
        Path tmp = temporary(file);
        long removed = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                FileChannel ch = channels.open(tmp, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING));
                Writer out = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && keep.test(line)) {
                    out.write(line);
                    out.write('\n');
                } else {
                    removed++;
                }
            }
            out.flush();
            ch.force(true);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UltraLinkException("cannot rewrite " + file + ": " + e.getMessage(), e);
        }
        if (removed == 0) {
            deleteQuietly(tmp);
            return 0;
        }
        move(tmp, file);
        return removed;
    }

    /** {@link #replace(Path, byte[])} through {@code channels}. */
    public static void replace(Path target, byte[] content, ChannelOpener channels) {
        Path tmp = temporary(target);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel ch = channels.open(tmp, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING))) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UltraLinkException("cannot write " + target + ": " + e.getMessage(), e);
        }
        move(tmp, target);
    }

    /**
     * Moves a finished temporary file over {@code target}: forces its content to the disk, replaces
     * the target in one atomic step and forces the folder.
     */
    public static void moveIntoPlace(Path tmp, Path target) {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new UltraLinkException("cannot force " + tmp + " to the disk: " + e.getMessage(), e);
        }
        move(tmp, target);
    }

    private static void move(Path tmp, Path target) {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UltraLinkException("cannot replace " + target + ": " + e.getMessage(), e);
        }
    }

    /** Forces a folder's entries to the disk, where the platform allows it. */
    static void forceFolder(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms (Windows) cannot open a folder; the move itself is still atomic there
        }
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: a stale temporary file is overwritten by the next replace
        }
    }
}
