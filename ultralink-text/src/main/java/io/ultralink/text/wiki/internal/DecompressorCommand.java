package io.ultralink.text.wiki.internal;

import io.ultralink.error.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line that starts an external decompressor, at a lowered CPU priority ({@code nice -n N TOOL})
 * when a niceness above 0 is asked for and {@code nice} is on the {@code PATH}. The decompressors then take the
 * CPU the JVM's workers and JIT compiler leave; they work ahead into a bounded buffer, so on a machine whose
 * cores the preparation has to itself the pipeline is not slowed, and the JIT's compiled code arrives sooner.
 */
public final class DecompressorCommand {

    /** Default niceness of decompressor processes. */
    public static final int DEFAULT_NICENESS = 10;
    /** Largest niceness {@code nice} accepts on Linux. */
    static final int MAX_NICENESS = 19;

    private DecompressorCommand() {
    }

    /**
     * The command line for {@code tool} (arguments follow it), prefixed with {@code nice -n niceness} when
     * {@code niceness} is above 0 and {@code nice} is present.
     *
     * @param source where the niceness came from, named in the error when it is out of range
     * @throws ConfigurationException if {@code niceness} is not in [0, 19]
     */
    public static List<String> of(String tool, int niceness, Optional<String> nice, String source) {
        if (niceness < 0 || niceness > MAX_NICENESS) {
            throw new ConfigurationException(source + " must be from 0 (normal priority) to " + MAX_NICENESS
                    + ", was " + niceness);
        }
        if (niceness == 0 || nice.isEmpty()) {
            return List.of(tool);
        }
        return List.of(nice.get(), "-n", Integer.toString(niceness), tool);
    }

    /** {@code command} followed by {@code args}, ready for a {@link ProcessBuilder}. */
    static List<String> withArguments(List<String> command, String... args) {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of(args));
        return line;
    }

    /** The command line as one string, for messages. */
    static String describe(List<String> command) {
        return String.join(" ", command);
    }
}
