package io.ultralink.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EndingScheduleTest {

    @Test
    void endProbability_defaults_doublesFromOneTenthAndCapsAtOne() {
        EndingSchedule s = EndingSchedule.DEFAULT;
        assertThat(s.endProbability(0)).isEqualTo(0.1);
        assertThat(s.endProbability(1)).isEqualTo(0.2);
        assertThat(s.endProbability(2)).isEqualTo(0.4);
        assertThat(s.endProbability(3)).isEqualTo(0.8);
        assertThat(s.endProbability(4)).isEqualTo(1.0);
        assertThat(s.endProbability(9)).isEqualTo(1.0);
    }

    @Test
    void expectedTurns_defaults_isExactClosedForm() {
        // 1 (first pair) + 1 + 0.9 + 0.9*0.8 + 0.9*0.8*0.6 + 0.9*0.8*0.6*0.2
        assertThat(EndingSchedule.DEFAULT.expectedTurns()).isCloseTo(4.1384, within(1e-12));
    }

    @Test
    void probabilityOfTurns_defaults_formsDistributionWithExpectedMean() {
        EndingSchedule s = EndingSchedule.DEFAULT;
        assertThat(s.probabilityOfTurns(1)).isZero();
        assertThat(s.probabilityOfTurns(2)).isCloseTo(0.1, within(1e-12));
        assertThat(s.probabilityOfTurns(3)).isCloseTo(0.18, within(1e-12));
        assertThat(s.probabilityOfTurns(4)).isCloseTo(0.288, within(1e-12));
        assertThat(s.probabilityOfTurns(5)).isCloseTo(0.3456, within(1e-12));
        assertThat(s.probabilityOfTurns(6)).isCloseTo(0.0864, within(1e-12));
        assertThat(s.probabilityOfTurns(7)).isZero();
        double total = 0;
        double mean = 0;
        for (int n = 0; n <= 10; n++) {
            total += s.probabilityOfTurns(n);
            mean += n * s.probabilityOfTurns(n);
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
        assertThat(mean).isCloseTo(s.expectedTurns(), within(1e-12));
    }

    @Test
    void expectedTurns_hardMaximum_cutsTheTail() {
        EndingSchedule capped = new EndingSchedule(0.1, 2.0, 3);
        assertThat(capped.expectedTurns()).isCloseTo(1 + 1 + 0.9, within(1e-12));
        assertThat(capped.probabilityOfTurns(3)).isCloseTo(0.9, within(1e-12));
        assertThat(new EndingSchedule(0.1, 2.0, 1).expectedTurns()).isEqualTo(1.0);
        assertThat(new EndingSchedule(0.1, 2.0, 1).probabilityOfTurns(1)).isEqualTo(1.0);
    }

    @Test
    void expectedTurns_constantProbability_matchesGeometricSeries() {
        EndingSchedule geometric = new EndingSchedule(0.5, 1.0, 200);
        assertThat(geometric.expectedTurns()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void plans_manySeededSegments_matchClosedFormDistribution() {
        EndingSchedule s = EndingSchedule.DEFAULT;
        int runs = 40_000;
        int[] counts = new int[s.maxTurns() + 1];
        long turns = 0;
        int inDepth = 0;
        int followUps = 0;
        for (int i = 0; i < runs; i++) {
            DialoguePlan plan = DialoguePlan.of(42, "en-" + (i + 1) + "-7-0", s);
            counts[plan.turns()]++;
            turns += plan.turns();
            for (FollowUpKind k : plan.followUps()) {
                followUps++;
                inDepth += k == FollowUpKind.IN_DEPTH ? 1 : 0;
            }
        }
        assertThat((double) turns / runs).isCloseTo(s.expectedTurns(), within(0.03));
        for (int n = 1; n <= s.maxTurns(); n++) {
            assertThat((double) counts[n] / runs).as("share of %d turns", n)
                    .isCloseTo(s.probabilityOfTurns(n), within(0.01));
        }
        assertThat((double) inDepth / followUps).isCloseTo(0.5, within(0.01));
    }

    @Test
    void plan_sameSeedAndId_sameStructure_otherSeedDiffers() {
        EndingSchedule s = EndingSchedule.DEFAULT;
        assertThat(DialoguePlan.of(7, "zh-1-2-3", s)).isEqualTo(DialoguePlan.of(7, "zh-1-2-3", s));
        int differing = 0;
        for (int i = 0; i < 50; i++) {
            String id = "zh-" + (i + 1) + "-2-0";
            if (!DialoguePlan.of(7, id, s).equals(DialoguePlan.of(8, id, s))) {
                differing++;
            }
        }
        assertThat(differing).isGreaterThan(25);
    }

    @Test
    void constructor_badValues_rejectedNamingField() {
        assertThatThrownBy(() -> new EndingSchedule(1.5, 2, 6)).hasMessageContaining("startProbability");
        assertThatThrownBy(() -> new EndingSchedule(0.1, 0.5, 6)).hasMessageContaining("factor");
        assertThatThrownBy(() -> new EndingSchedule(0.1, 2, 0)).hasMessageContaining("maxTurns");
    }
}
