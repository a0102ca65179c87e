package io.ultralink.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StageStateTest {

    private static final StageState.Key<List<String>> KEPT = StageState.key("kept");
    private static final StageState.Key<Integer> COUNT = StageState.key("count");

    @Test
    void computeIfAbsent_computesOnceAndReturnsTheSameValue() {
        StageState state = new StageState();
        AtomicInteger calls = new AtomicInteger();
        List<String> first = state.computeIfAbsent(KEPT, () -> {
            calls.incrementAndGet();
            return new ArrayList<>(List.of("a"));
        });
        List<String> second = state.computeIfAbsent(KEPT, () -> {
            calls.incrementAndGet();
            return List.of("b");
        });
        assertThat(second).isSameAs(first).containsExactly("a");
        assertThat(calls).hasValue(1);
    }

    @Test
    void computeIfAbsent_mayReadAnotherKeyWhileComputing() {
        StageState state = new StageState();
        List<String> kept = state.computeIfAbsent(KEPT, () -> List.of("n=" + state.computeIfAbsent(COUNT, () -> 3)));
        assertThat(kept).containsExactly("n=3");
        assertThat(state.computeIfAbsent(COUNT, () -> 9)).isEqualTo(3);
    }

    @Test
    void keys_withTheSameNameAreDistinct() {
        StageState state = new StageState();
        StageState.Key<Integer> other = StageState.key("count");
        state.computeIfAbsent(COUNT, () -> 1);
        assertThat(state.computeIfAbsent(other, () -> 2)).isEqualTo(2);
        assertThat(state.computeIfAbsent(COUNT, () -> 5)).isEqualTo(1);
    }

    @Test
    void computeIfAbsent_nullValue_failsNamingTheKey() {
        StageState state = new StageState();
        assertThatThrownBy(() -> state.computeIfAbsent(COUNT, () -> null)).hasMessageContaining("count");
    }
}
