package io.ultralink.text.prepare.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.format.Mappers;
import io.ultralink.run.AtomicFiles;
import io.ultralink.run.ChangedWorkException;
import io.ultralink.run.Fingerprint;
import io.ultralink.text.prepare.internal.Checkpoint.InputProgress;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, checks and atomically replaces the checkpoint of a segments file, and brings the segments file back
 * to the state the checkpoint describes before a resumed run appends to it.
 */
public final class CheckpointStore {

    private static final JsonMapper JSON = Mappers.JSON;

    private final Path file;
    private final Path segments;
    private final boolean sync;

    /** A store for the checkpoint {@code file} of {@code segments}. */
    public CheckpointStore(Path file, Path segments, boolean sync) {
        this.file = file;
        this.segments = segments;
        this.sync = sync;
    }

    /**
     * Returns the state to start from: a new one for a fresh run (deleting segments and checkpoint when
     * {@code fresh}, or when the segments file is missing), else the saved one after checking that it belongs
     * to the same inputs and settings and cutting the segments file back to the checkpoint's length.
     */
    public Checkpoint begin(List<Path> inputs, String settings, boolean fresh) {
        try {
            Path parent = segments.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (fresh || !Files.exists(segments)) {
                Files.deleteIfExists(segments);
                Files.deleteIfExists(file);
                return save(initial(inputs, settings));
            }
            if (!Files.exists(file)) {
                if (Files.size(segments) > 0) {
                    throw new ConfigurationException("segments file " + segments + " exists but has no checkpoint "
                            + file + ", so it cannot be resumed; delete it or ask for a fresh run");
                }
                return save(initial(inputs, settings));
            }
            Checkpoint saved = read();
            check(saved, initial(inputs, settings));
            long size = Files.size(segments);
            if (size < saved.outputBytes()) {
                throw new ConfigurationException("segments file " + segments + " has " + size + " bytes, fewer than"
                        + " the " + saved.outputBytes() + " its checkpoint " + file + " records; ask for a fresh run");
            }
            if (size > saved.outputBytes()) {
                try (FileChannel ch = FileChannel.open(segments, StandardOpenOption.WRITE)) {
                    ch.truncate(saved.outputBytes());
                }
            }
            return saved;
        } catch (IOException e) {
            throw new UltraLinkException("cannot resume " + segments + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the checkpoint file atomically, forced to the disk with its folder. */
    public Checkpoint save(Checkpoint checkpoint) {
        AtomicFiles.replace(file, JSON.writeValueAsString(checkpoint).getBytes(StandardCharsets.UTF_8));
        return checkpoint;
    }

    /** The current length of the segments file. */
    public long segmentsLength() {
        try {
            return Files.size(segments);
        } catch (IOException e) {
            throw new UltraLinkException("cannot read the size of " + segments + ": " + e.getMessage(), e);
        }
    }

    private Checkpoint read() throws IOException {
        try {
            return JSON.readValue(Files.readString(file), Checkpoint.class);
        } catch (JacksonException e) {
            throw new ConfigurationException("checkpoint " + file + " is unreadable (" + e.getOriginalMessage()
                    + "); ask for a fresh run", e);
        }
    }

    private void check(Checkpoint saved, Checkpoint now) {
        List<String> changes = new ArrayList<>();
        if (saved.version() != now.version()) {
            changes.add("checkpoint version: " + saved.version() + " -> " + now.version());
        }
        changes.addAll(Fingerprint.parse(now.settings()).changesFrom(Fingerprint.parse(saved.settings())));
        List<String> was = saved.inputs().stream().map(i -> i.name() + " (" + i.size() + " bytes)").toList();
        List<String> is = now.inputs().stream().map(i -> i.name() + " (" + i.size() + " bytes)").toList();
        if (!was.equals(is)) {
            changes.add("inputs: " + was + " -> " + is);
        }
        if (!changes.isEmpty()) {
            throw new ChangedWorkException("prepare", 1, changes);
        }
    }

    private static Checkpoint initial(List<Path> inputs, String settings) throws IOException {
        List<InputProgress> progress = new ArrayList<>();
        for (Path input : inputs) {
            long size = Files.isRegularFile(input) ? Files.size(input) : -1;
            progress.add(new InputProgress(input.getFileName().toString(), size, 0, 0, false));
        }
        return new Checkpoint(Checkpoint.VERSION, settings, progress, 0, 0, null);
    }
}
