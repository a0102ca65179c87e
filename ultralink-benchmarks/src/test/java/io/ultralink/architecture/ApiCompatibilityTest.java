package io.ultralink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares each published module's API with its committed baseline {@code api/<module>.api}: a type
 * or member of the baseline that is gone or changed fails the build. Additions pass (and are
 * listed). {@code ./mvnw -B verify -Dapi.update} rewrites the baselines after an intended change.
 */
class ApiCompatibilityTest {

    static List<String> published() {
        return Modules.PUBLISHED;
    }

    @ParameterizedTest
    @MethodSource("published")
    void api_keepsEveryBaselineTypeAndMember(String module) throws IOException {
        Map<String, List<String>> current = ApiSignatures.of(Modules.classes(module));
        Path baseline = Modules.root().resolve("api").resolve(module + ".api");
        if (Boolean.parseBoolean(System.getProperty("api.update", "false"))) {
            Files.createDirectories(baseline.getParent());
            Files.writeString(baseline, ApiSignatures.render(current), StandardCharsets.UTF_8);
            return;
        }
        assertThat(baseline).as("API baseline of %s (create it with -Dapi.update)", module).exists();
        Map<String, List<String>> recorded = ApiSignatures.parse(Files.readAllLines(baseline, StandardCharsets.UTF_8));
        List<String> broken = new ArrayList<>();
        List<String> added = new ArrayList<>();
        recorded.forEach((type, members) -> {
            List<String> now = current.get(type);
            if (now == null) {
                broken.add("type removed or changed: " + type);
                return;
            }
            members.stream().filter(m -> !now.contains(m)).forEach(m -> broken.add(type + "\n    member removed or changed: " + m));
        });
        current.forEach((type, members) -> members.stream()
                .filter(m -> !recorded.getOrDefault(type, List.of()).contains(m)).forEach(m -> added.add(type + " :: " + m)));
        if (!added.isEmpty()) {
            System.out.println(module + ": " + added.size() + " API additions not in " + baseline
                    + " (record them with -Dapi.update)");
        }
        assertThat(broken).as("%s breaks its API baseline %s; if intended, rerun with -Dapi.update and commit the"
                + " baseline", module, baseline).isEmpty();
    }
}
