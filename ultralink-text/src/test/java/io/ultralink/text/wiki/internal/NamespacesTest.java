package io.ultralink.text.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamespacesTest {

    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("[a-z]{2,3}(-[a-z]{2,8}){0,2}|simple");

    @Test
    void isLanguage_agreesWithTheLanguagePrefixPattern() {
        List<String> prefixes = List.of("de", "zh-yue", " en ", "simple", "be-tarask", "zh-min-nan", "a", "abcd",
                "de-", "-de", "de-x", "de-abcdefghi", "de-ab-cd-ef", "De", "de_at", "", "zh-classical", "roa-rup",
                "simple-x", "ru-", "x-y", "中文", "de:", "ab-cd-");
        for (String prefix : prefixes) {
            assertThat(Namespaces.isLanguage(prefix)).as(prefix)
                    .isEqualTo(LANGUAGE_PREFIX.matcher(prefix.strip()).matches());
        }
    }

    @Test
    void isDropped_filesCategoriesAndLanguages_inAnyCaseAndWithUnderscores() {
        assertThat(Namespaces.isDropped("File")).isTrue();
        assertThat(Namespaces.isDropped(" IMAGE ")).isTrue();
        assertThat(Namespaces.isDropped("Файл")).isTrue();
        assertThat(Namespaces.isDropped("Catégorie")).isTrue();
        assertThat(Namespaces.isDropped("zh-yue")).isTrue();
        assertThat(Namespaces.isDropped("Help")).isFalse();
        assertThat(Namespaces.isDropped("Wikipedia")).isFalse();
    }
}
