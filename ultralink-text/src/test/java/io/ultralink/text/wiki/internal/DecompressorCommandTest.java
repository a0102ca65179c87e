package io.ultralink.text.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DecompressorCommandTest {

    @Test
    void of_positiveNicenessAndNicePresent_prefixesNice() {
        assertThat(DecompressorCommand.of("bzip2", 10, Optional.of("/usr/bin/nice"), "p"))
                .containsExactly("/usr/bin/nice", "-n", "10", "bzip2");
    }

    @Test
    void of_zeroNicenessOrNoNice_toolAlone() {
        assertThat(DecompressorCommand.of("bzip2", 0, Optional.of("/usr/bin/nice"), "p")).containsExactly("bzip2");
        assertThat(DecompressorCommand.of("bzip2", 10, Optional.empty(), "p")).containsExactly("bzip2");
    }

    @Test
    void of_nicenessOutOfRange_rejectedNamingTheSource() {
        assertThatThrownBy(() -> DecompressorCommand.of("bzip2", 20, Optional.empty(), "system property x"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("system property x")
                .hasMessageContaining("20");
        assertThatThrownBy(() -> DecompressorCommand.of("bzip2", -1, Optional.empty(), "system property x"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("-1");
    }

    @Test
    void of_startedProcess_runsAtTheNicenessAsked() throws IOException, InterruptedException {
        Optional<String> nice = ExternalBzip2InputStream.onPath("nice");
        Assumptions.assumeTrue(nice.isPresent(), "no nice on the PATH");
        // nice without arguments prints the niceness it runs at
        List<String> command = DecompressorCommand.of(nice.get(), 7, nice, "p");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.waitFor()).isZero();
        assertThat(Integer.parseInt(printed)).isEqualTo(currentNiceness() + 7);
    }

    private static int currentNiceness() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ExternalBzip2InputStream.onPath("nice").orElseThrow()).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return Integer.parseInt(printed);
    }
}
