package io.ultralink.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ultralink.benchmarks.FaultMix.Fault;
import io.ultralink.language.LanguagePacks;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault benchmark's pass, small: real enwiki segments through the pipeline and the default
 * resilience against the fault-injecting server give the same records as a fault-free pass.
 */
class FaultRunTest {

    private static final Path DUMP = Path.of("../../shared/data/wiki/enwiki-minidump.xml.bz2").toAbsolutePath()
            .normalize();

    @TempDir
    Path work;

    @Test
    void run_issueFaultMix_sameRecordsAsWithoutFaultsNoneLost() {
        Path dump = Files.exists(DUMP) ? DUMP : Path.of("../shared/data/wiki/enwiki-minidump.xml.bz2");
        assumeTrue(Files.exists(dump), "shared data absent: " + dump);
        LanguagePacks packs = LanguagePacks.load();
        try (FaultyChatServer server = new FaultyChatServer(20, 7)) {
            FaultRun.Setup setup = new FaultRun.Setup(server, packs, LinguaLanguageDetector.forPacks(packs.all()),
                    JtokkitTokenCounter.cl100k(), 8);
            Path segments = FaultRun.segments(dump, work, 40, setup);

            FaultRun clean = FaultRun.run(setup, FaultMix.NONE, segments, work.resolve("clean"));
            FaultRun faulty = FaultRun.run(setup, FaultMix.ISSUE, segments, work.resolve("faulty"));

            assertThat(clean.records()).hasSize(40);
            assertThat(clean.retries()).isZero();
            long injected = faulty.faults().values().stream().mapToLong(Long::longValue).sum();
            assertThat(injected).as("faults injected").isGreaterThan(20);
            assertThat(faulty.faults().get(Fault.CUT_OFF_JSON) + faulty.faults().get(Fault.EMPTY_CHOICES)
                    + faulty.faults().get(Fault.RATE_LIMITED_SECONDS)).as("answers to retry, not to give up on")
                    .isPositive();
            assertThat(faulty.retries()).isPositive();
            assertThat(faulty.failed()).as("segments failed").isZero();
            assertThat(faulty.records()).as("records as a set").isEqualTo(clean.records());
        }
    }

    @Test
    void pick_issueMix_sharesAddUp() {
        assertThat(FaultMix.ISSUE.total()).isCloseTo(0.18, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(FaultMix.ISSUE.pick(0.0)).isEqualTo(Fault.RATE_LIMITED_SECONDS);
        assertThat(FaultMix.ISSUE.pick(0.175)).isEqualTo(Fault.EMPTY_CHOICES);
        assertThat(FaultMix.ISSUE.pick(0.1801)).isNull();
        assertThat(FaultMix.ISSUE.times(2).total()).isCloseTo(0.36, org.assertj.core.data.Offset.offset(1e-9));
    }
}
