package io.ultralink.llm.llamacpp.internal;

import io.ultralink.error.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Prepares de.kherud:llama before its loader runs. Its loader deletes every entry of
 * {@code java.io.tmpdir} whose name starts with {@code llama} or {@code jllama}; pointing
 * {@code de.kherud.llama.tmpdir} at a directory of our own confines it there. Not API.
 */
public final class NativeSetup {

    /** The system property the library reads. */
    public static final String TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";

    private NativeSetup() {
    }

    /**
     * Sets the library's temporary directory unless the user already did: {@code preferred} when
     * given, else {@code <java.io.tmpdir>/ultralink-native-<user>/llama}. Returns the directory in use.
     */
    public static synchronized Path prepare(Path preferred) {
        String current = System.getProperty(TMPDIR_PROPERTY);
        Path dir;
        if (current != null && !current.isBlank()) {
            dir = Paths.get(current);
        } else if (preferred != null) {
            dir = preferred;
        } else {
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
            dir = Paths.get(System.getProperty("java.io.tmpdir"), "ultralink-native-" + user, "llama");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigurationException("cannot create the native library directory " + dir
                    + " (system property " + TMPDIR_PROPERTY + ")", e);
        }
        System.setProperty(TMPDIR_PROPERTY, dir.toAbsolutePath().toString());
        return dir;
    }
}
