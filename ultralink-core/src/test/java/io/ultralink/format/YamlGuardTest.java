package io.ultralink.format;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguagePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlGuardTest {

    @TempDir
    Path dir;

    @Test
    void check_aliasBomb_isRefusedAtTheFirstAnchor() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n";

        assertThatThrownBy(() -> YamlGuard.check(bomb, "config file bomb.yaml"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("config file bomb.yaml:1: YAML anchor &a is not allowed; write the value out in full where it "
                        + "is needed");
    }

    @Test
    void check_aliasWithoutAnchor_isRefusedNamingIt() {
        assertThatThrownBy(() -> YamlGuard.check("a: 1\nb: *missing\n", "x.yaml"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("x.yaml:2").hasMessageContaining("*missing");
    }

    @Test
    void check_plainYamlAndMalformedYaml_areLeftToTheParser() {
        assertThatCode(() -> YamlGuard.check("a: 1\nb: [x, '&notAnAnchor', \"*nor alias\"]\n", "x")).doesNotThrowAnyException();
        assertThatCode(() -> YamlGuard.check("a: [1\n", "x")).doesNotThrowAnyException();
    }

    @Test
    void languagePackFile_withAlias_isRefusedNamingFileAndLine() throws IOException {
        Path pack = dir.resolve("de.yaml");
        Files.writeString(pack, "code: de\nname: &n German\nnativeName: *n\n");

        assertThatThrownBy(() -> LanguagePacks.builder().addFile(pack).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("language pack " + pack + ":2").hasMessageContaining("anchor &n");
    }
}
