package io.ultralink.text.prepare.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Determines a dump's language: the configured one, or the prefix of a {@code xxwiki-…} file name. */
public final class DumpLanguages {

    private static final Pattern WIKI_NAME = Pattern.compile("([a-z]{2,3}(?:_[a-z]+)*)wiki[-_.].*");

    private DumpLanguages() {
    }

    /** Returns the language of {@code dump}, checking that a pack exists for it. */
    public static LanguageCode of(Path dump, LanguageCode configured, LanguagePacks packs) {
        if (configured != null) {
            return configured;
        }
        Matcher m = WIKI_NAME.matcher(dump.getFileName().toString());
        if (!m.matches()) {
            throw new ConfigurationException("cannot tell the language of " + dump + " from its name (expected"
                    + " 'xxwiki-…'); set the builder's language or languageFromDetection");
        }
        LanguageCode code = LanguageCode.of(m.group(1));
        if (packs.find(code).isEmpty()) {
            throw new ConfigurationException("dump " + dump + " is in '" + code + "', which has no language pack;"
                    + " available: " + packs.codes());
        }
        return code;
    }
}
