package io.ultralink.prune;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataPrunersTest {

    static final LanguageCode ZH = LanguageCode.ZH;
    static final LanguageCode FR = LanguageCode.FR;
    static final LanguageCode RU = LanguageCode.RU;

    static List<String> items(int n) {
        return IntStream.range(0, n).mapToObj(i -> "item-" + i).toList();
    }

    static DataPruner pruner(OverlapStrategy strategy, long seed, Map<LanguageCode, Integer> limits) {
        Map<LanguageCode, Map<DataType, Integer>> budget = new java.util.LinkedHashMap<>();
        limits.forEach((l, k) -> budget.put(l, Map.of(DataType.MATH, k)));
        List<LanguageCode> langs = new ArrayList<>(limits.keySet());
        langs.add(LanguageCode.EN);
        return DataPruners.builder().languages(langs).budget(new PruningBudget(budget)).strategy(strategy)
                .seed(seed).build();
    }

    @Test
    void select_sameSeed_sameSelectionEvenWhenStreamOrderChanges() {
        List<String> in = items(1000);
        List<String> shuffled = new ArrayList<>(in);
        Collections.shuffle(shuffled, new java.util.Random(3));
        for (OverlapStrategy s : OverlapStrategy.values()) {
            DataPruner p = pruner(s, 42, Map.of(ZH, 100, FR, 50));
            PruneSelection<String> a = p.select(in.iterator(), Function.identity(), DataType.MATH);
            PruneSelection<String> b = pruner(s, 42, Map.of(ZH, 100, FR, 50)).select(in.iterator(),
                    Function.identity(), DataType.MATH);
            PruneSelection<String> c = p.select(shuffled.iterator(), Function.identity(), DataType.MATH);
            assertThat(a.selected()).isEqualTo(b.selected());
            assertThat(new HashSet<>(c.selected(ZH))).isEqualTo(new HashSet<>(a.selected(ZH)));
            PruneSelection<String> other = pruner(s, 43, Map.of(ZH, 100, FR, 50)).select(in.iterator(),
                    Function.identity(), DataType.MATH);
            assertThat(other.selected(ZH)).isNotEqualTo(a.selected(ZH));
        }
    }

    @Test
    void select_countsMatchBudgets_englishKeepsAll_sourceOrderKept() {
        PruneSelection<String> sel = pruner(OverlapStrategy.RANDOM, 1, Map.of(ZH, 30, FR, 500))
                .select(items(200).iterator(), Function.identity(), DataType.MATH);
        assertThat(sel.seen()).isEqualTo(200);
        assertThat(sel.selected(ZH)).hasSize(30).doesNotHaveDuplicates();
        assertThat(sel.selected(FR)).hasSize(200);
        assertThat(sel.selected(LanguageCode.EN)).isEqualTo(items(200));
        List<Integer> positions = sel.selected(ZH).stream().map(s -> Integer.parseInt(s.substring(5))).toList();
        assertThat(positions).isSorted();
    }

    @Test
    void select_typeWithoutBudget_keepsEverything() {
        PruneSelection<String> sel = pruner(OverlapStrategy.RANDOM, 1, Map.of(ZH, 3))
                .select(items(10).iterator(), Function.identity(), DataType.CODE);
        assertThat(sel.selected(ZH)).hasSize(10);
    }

    @Test
    void disjoint_neverRepeatsAnItem_andFillsBudgets() {
        for (long seed = 0; seed < 20; seed++) {
            PruneSelection<String> sel = pruner(OverlapStrategy.DISJOINT, seed, Map.of(ZH, 40, FR, 30, RU, 20))
                    .select(items(300).iterator(), Function.identity(), DataType.MATH);
            Set<String> union = new HashSet<>();
            for (LanguageCode l : List.of(ZH, FR, RU)) {
                for (String s : sel.selected(l)) {
                    assertThat(union.add(s)).as("item %s selected twice", s).isTrue();
                }
            }
            assertThat(sel.selected(ZH)).hasSize(40);
            assertThat(sel.selected(FR)).hasSize(30);
            assertThat(sel.selected(RU)).hasSize(20);
        }
        PruneSelection<String> short_ = pruner(OverlapStrategy.DISJOINT, 5, Map.of(ZH, 40, FR, 30))
                .select(items(50).iterator(), Function.identity(), DataType.MATH);
        assertThat(short_.selected(ZH).size() + short_.selected(FR).size()).isEqualTo(50);
    }

    @Test
    void shared_smallerBudgetIsSubsetOfLarger() {
        PruneSelection<String> sel = pruner(OverlapStrategy.SHARED, 9, Map.of(ZH, 40, FR, 25))
                .select(items(500).iterator(), Function.identity(), DataType.MATH);
        assertThat(sel.selected(ZH)).containsAll(sel.selected(FR));
    }

    @Test
    void select_isUniform_chiSquareOverManySeeds() {
        for (OverlapStrategy s : OverlapStrategy.values()) {
            int n = 20;
            int k = 5;
            int runs = 4000;
            long[] hits = new long[n];
            for (long seed = 0; seed < runs; seed++) {
                PruneSelection<String> sel = pruner(s, seed, Map.of(ZH, k, FR, k))
                        .select(items(n).iterator(), Function.identity(), DataType.MATH);
                for (String item : sel.selected(ZH)) {
                    hits[Integer.parseInt(item.substring(5))]++;
                }
            }
            double expected = (double) runs * k / n;
            double chi2 = 0;
            for (long h : hits) {
                chi2 += (h - expected) * (h - expected) / expected;
            }
            // 19 degrees of freedom: P(chi2 > 43.82) = 0.001 under uniform sampling
            assertThat(chi2).as("chi-square for %s", s).isLessThan(43.82);
        }
    }

    @Test
    void random_languagesSampleIndependently() {
        PruneSelection<String> sel = pruner(OverlapStrategy.RANDOM, 4, Map.of(ZH, 100, FR, 100))
                .select(items(1000).iterator(), Function.identity(), DataType.MATH);
        Set<String> common = new HashSet<>(sel.selected(ZH));
        common.retainAll(sel.selected(FR));
        // independent uniform samples share 100 * 100 / 1000 = 10 items on average
        assertThat(common.size()).isBetween(1, 30);
    }
}
