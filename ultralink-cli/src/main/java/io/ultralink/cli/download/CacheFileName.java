package io.ultralink.cli.download;

import io.ultralink.error.ConfigurationException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Checks the cache file name of a download: a plain name (no folder separators, not {@code .} or
 * {@code ..}, not absolute, no control characters) whose resolved path stays in the cache folder,
 * so a configured name can neither write nor delete a file elsewhere.
 */
final class CacheFileName {

    private CacheFileName() {
    }

    /**
     * @param name the file name
     * @param cacheDir the cache folder
     * @return the name, when it is safe
     * @throws ConfigurationException naming the config key and the value otherwise
     */
    static String check(String name, Path cacheDir) {
        String problem = problem(name, cacheDir);
        if (problem != null) {
            throw new ConfigurationException("config key defaultModel.fileName must be a plain file name inside the "
                    + "model cache folder " + cacheDir + ", was '" + name + "' (" + problem + ")");
        }
        return name;
    }

    private static String problem(String name, Path cacheDir) {
        if (name == null || name.isBlank()) {
            return "empty";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "contains a folder separator";
        }
        if (name.equals(".") || name.equals("..") || name.startsWith("..")) {
            return "names a parent folder";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':')) {
            return "contains a control character or ':'";
        }
        try {
            Path dir = cacheDir.toAbsolutePath().normalize();
            Path resolved = dir.resolve(name).normalize();
            if (Path.of(name).isAbsolute() || !dir.equals(resolved.getParent())) {
                return "leaves the cache folder";
            }
        } catch (InvalidPathException e) {
            return "not a valid file name";
        }
        return null;
    }
}
