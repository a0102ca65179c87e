package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Decompresses a {@code .bz2} file (one or several concatenated streams) with several native decompressor
 * processes at once: block boundaries are found by their bit patterns (as in {@link ParallelBzip2InputStream}),
 * runs of {@value #BLOCKS_PER_GROUP} consecutive blocks are fed, each block as a stream of its own, to one
 * {@code COMMAND -dc} process (see {@link DecompressorCommand}), at most a given number of processes run at
 * once, a bounded number of groups ahead, and the output is delivered in order. A group's output is delivered
 * only once its process has exited successfully, so the data of a damaged block never reaches the reader; its
 * failure is located by decoding the group's blocks in Java and reported as a {@link SourceException} with the
 * block's compressed byte offset.
 */
public final class ParallelExternalBzip2InputStream extends AheadChunksInputStream {

    /** Blocks decompressed by one process: few enough to start delivering early, enough to amortise a start. */
    static final int BLOCKS_PER_GROUP = 4;

    private final List<String> command;
    private final FileChannel channel;
    private final BlockScanner scanner;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final int window;
    private final Set<Process> running = new HashSet<>();
    private boolean scanned;
    private volatile boolean closed;

    private ParallelExternalBzip2InputStream(List<String> command, FileChannel channel, int processes) {
        this.command = List.copyOf(command);
        this.channel = channel;
        this.scanner = new BlockScanner(channel);
        this.slots = new Semaphore(processes);
        this.window = processes + 1;
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ultralink-bzip2-process");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens {@code file}, which must start with a bzip2 header, to be decoded by up to {@code processes}
     * processes started with {@code command} followed by {@code -dc}.
     */
    public static ParallelExternalBzip2InputStream open(List<String> command, Path file, int processes)
            throws IOException {
        FileChannel channel = BlockStreams.openBzip2(file);
        return new ParallelExternalBzip2InputStream(command, channel, Math.max(1, processes));
    }

    @Override
    protected void submitAhead() throws IOException {
        while (queued() < window && !scanned) {
            List<long[]> group = new ArrayList<>(BLOCKS_PER_GROUP);
            long[] block = null;
            while (group.size() < BLOCKS_PER_GROUP && (block = scanner.nextBlock()) != null) {
                group.add(block);
            }
            scanned = block == null;
            if (!group.isEmpty()) {
                enqueue(group.get(0)[0] >>> 3, pool.submit(() -> decode(group)));
            }
        }
    }

    private byte[][] decode(List<long[]> group) throws InterruptedException {
        slots.acquire();
        Process process = null;
        try {
            process = start();
            Process p = process;
            Future<byte[]> feeding = pool.submit(() -> feed(p, group));
            byte[][] output = ChunkPieces.readAll(process.getInputStream());
            int status = process.waitFor();
            if (status != 0) {
                throw new UncheckedIOException(locate(group, status));
            }
            await(feeding);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(closed ? e : new SourceException(group.get(0)[0] >>> 3, e));
        } finally {
            if (process != null) {
                synchronized (running) {
                    running.remove(process);
                }
                process.destroy();
            }
            slots.release();
        }
    }

    /** Starts a process unless closed; {@link #close()} stops every process started. */
    private Process start() throws IOException {
        synchronized (running) {
            if (closed) {
                throw new IOException("closed");
            }
            Process process = new ProcessBuilder(DecompressorCommand.withArguments(command, "-dc"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            running.add(process);
            return process;
        }
    }

    /**
     * Writes the group's blocks to the process; a failure to read the file is thrown (the process may well have
     * succeeded on the streams it got), a failure to write is left to the process's exit status.
     */
    private byte[] feed(Process process, List<long[]> group) {
        OutputStream in = process.getOutputStream();
        try {
            for (long[] block : group) {
                byte[] stream;
                try {
                    stream = BlockStreams.standalone(channel, block[0], block[1]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                in.write(stream);
            }
        } catch (IOException e) {
            // the decompressor stopped reading: its exit status tells why
        } finally {
            try {
                in.close();
            } catch (IOException e) {
                // as above
            }
        }
        return null;
    }

    /** Decodes the failed group's blocks in Java to name the first damaged one. */
    private SourceException locate(List<long[]> group, int status) {
        String exit = "'" + DecompressorCommand.describe(command) + " -dc' exited with status " + status;
        for (long[] block : group) {
            try {
                BlockStreams.decompress(channel, block[0], block[1]);
            } catch (IOException e) {
                return new SourceException(block[0] >>> 3, new IOException(exit + ": " + e.getMessage(), e));
            }
        }
        return new SourceException(group.get(0)[0] >>> 3, new IOException(exit));
    }

    @Override
    public void close() throws IOException {
        List<Process> started;
        synchronized (running) {
            closed = true;
            started = List.copyOf(running);
        }
        pool.shutdownNow();
        for (Process process : started) {
            process.destroyForcibly();
        }
        try {
            for (Process process : started) {
                process.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            channel.close();
        }
    }
}
