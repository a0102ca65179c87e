package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;

/** The checks a configuration passes before any command touches the output folder. Not API. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    /**
     * Fails on the first setting that cannot work: a language without a pack, an unknown provider,
     * or a value the lazily read settings would reject later.
     *
     * @throws ConfigurationException naming the config key and the option
     */
    static void validate(ResolvedConfig config, LanguagePacks packs) {
        for (LanguageCode code : config.languages()) {
            if (packs.find(code).isEmpty()) {
                throw new ConfigurationException("config key 'languages' (option --languages): no language pack for '"
                        + code + "'; available: " + packs.codes() + ". Add one with --pack FILE (config key packs); "
                        + "'ultralink pack init " + code + " --from en' writes a scaffold");
            }
        }
        config.dumpLanguage().ifPresent(code -> {
            if (packs.find(code).isEmpty()) {
                throw new ConfigurationException("config key 'prepare.language' (option --language): no language "
                        + "pack for '" + code + "'; available: " + packs.codes());
            }
        });
        BackendResolver.checkProvider(config.backend().provider());
        config.logFormat();
        config.badLinePolicy();
        config.maxLineBytes();
        config.maxPageBytes();
    }
}
