package io.ultralink.text.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCheckerYamlTest {

    @TempDir
    Path dir;

    @Test
    void check_packWithAlias_isOneErrorNamingTheLine() throws IOException {
        Path pack = dir.resolve("de.yaml");
        Files.writeString(pack, "code: de\nname: German\nnativeName: &n Deutsch\ndocumentPrefix: *n\n");

        List<PackProblem> problems = PackChecker.create().check(pack);

        assertThat(problems).hasSize(1);
        assertThat(PackChecker.hasErrors(problems)).isTrue();
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).toString()).contains("anchor &n");
    }
}
