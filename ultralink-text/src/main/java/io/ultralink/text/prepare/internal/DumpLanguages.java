package io.ultralink.text.prepare.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Determines a dump's language: the configured one, or the prefix of a {@code xxwiki-…} file name. */
public final class DumpLanguages {

    private static final Pattern WIKI_NAME = Pattern.compile("([a-z]{2,3}(?:_[a-z]+)*)wiki[-_.].*");

    private DumpLanguages() {
    }

    /** The language a {@code xxwiki-…} file name gives, if it gives one. */
    public static Optional<LanguageCode> fromName(Path dump) {
        Path name = dump.getFileName();
        Matcher m = WIKI_NAME.matcher(name == null ? "" : name.toString());
        return m.matches() ? Optional.of(LanguageCode.of(m.group(1))) : Optional.empty();
    }

    /** Returns the language of {@code dump}, checking that a pack exists for it. */
    public static LanguageCode of(Path dump, LanguageCode configured, LanguagePacks packs) {
        if (configured != null) {
            return configured;
        }
        LanguageCode code = fromName(dump).orElseThrow(() -> new ConfigurationException("cannot tell the language of "
                + dump + " from its name (expected 'xxwiki-…'); set the builder's language or languageFromDetection"));
        if (packs.find(code).isEmpty()) {
            throw new ConfigurationException("dump " + dump + " is in '" + code + "', which has no language pack;"
                    + " available: " + packs.codes());
        }
        return code;
    }
}
