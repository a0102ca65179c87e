package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguagePacks;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The language packs of a command: the built-in packs, those on the class path, then the pack files of
 * config key {@code packs} (option {@code --pack}), a later pack replacing an earlier one of its language.
 * Not API.
 */
final class PackSource {

    private PackSource() {
    }

    /** Loads the packs, failing on a missing or malformed pack file with the file named. */
    static LanguagePacks load(ResolvedConfig config) {
        LanguagePacks.Builder packs = LanguagePacks.builder().addBuiltIn()
                .addClassPath(Thread.currentThread().getContextClassLoader());
        for (Path file : config.packFiles()) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("language pack " + file
                        + " does not exist (config key packs, option --pack)");
            }
            packs.addFile(file);
        }
        return packs.build();
    }
}
