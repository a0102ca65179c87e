package io.ultralink.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reference values published with sacreBLEU: its own {@code test/test_chrf.py} (mjpost/sacrebleu;
 * {@code test_cases} with beta 3 and epsilon smoothing, {@code test_cases_effective_order} with beta 3
 * and the default averaging, {@code test_sentence_level_chrf} with chrF2 and epsilon smoothing), and
 * the chrF metric card of Hugging Face datasets ({@code metrics/chrf/README.md}), which calls
 * sacreBLEU with its defaults (chrF2, six orders, no smoothing).
 */
class ChrFTest {

    static final double TOLERANCE = 1e-4;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abcdefg|hijklmnop|0.0",
        "a|b|0.0",
        "''|b|0.0",
        "''|reference|0.0",
        "aa|ab|8.3333",
        "a|a|16.6667",
        "a b c|a b c|50.0",
        "a b c|abc|50.0",
        " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .|"
                + "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .|63.361730",
        " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. |"
                + "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.|64.1302698",
        "Niemand hat die Absicht, eine Mauer zu errichten|Niemand hat die Absicht, eine Mauer zu errichten|100.0"})
    void sentence_beta3Smoothed_matchesSacreBleuTests(String hypothesis, String reference, double expected) {
        assertThat(new ChrF(6, 3, true).corpus(List.of(hypothesis), List.of(reference))).isCloseTo(expected, within(TOLERANCE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a|a|100.0", "''|reference|0.0", "a b c|a b c|100.0", "a b c|abc|100.0",
        "''|c|0.0", "aa|ab|25.0"})
    void sentence_beta3EffectiveOrder_matchesSacreBleuTests(String hypothesis, String reference, double expected) {
        assertThat(new ChrF(6, 3, false).sentence(hypothesis, reference)).isCloseTo(expected, within(TOLERANCE));
    }

    @Test
    void corpus_pairsSummedBeforeScoring_matchesSacreBleuTests() {
        assertThat(new ChrF(6, 3, true).corpus(List.of("a", "b"), List.of("a", "c"))).isCloseTo(8.3333, within(TOLERANCE));
        assertThat(new ChrF(6, 3, false).corpus(List.of("a", "b"), List.of("a", "c"))).isCloseTo(50.0, within(TOLERANCE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.|"
                + "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.|39.14078509",
        "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.|"
                + "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.|31.22557079",
        "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.|"
                + "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.|57.15704367"})
    void sentence_chrF2Smoothed_matchesSacreBleuSentenceTests(String hypothesis, String reference, double expected) {
        assertThat(new ChrF(6, 2, true).sentence(hypothesis, reference)).isCloseTo(expected, within(TOLERANCE));
    }

    @Test
    void standard_matchesTheMetricCardExamples() {
        assertThat(ChrF.standard().sentence("The relationship between Obama and Netanyahu is not exactly friendly.",
                "The ties between Obama and Netanyahu are not particularly friendly.")).isCloseTo(61.576379378113785, within(1e-9));
        assertThat(ChrF.standard().corpus(
                List.of("The relationship between cats and dogs is not exactly friendly.",
                        "a good bookshop is just a genteel black hole that knows how to read."),
                List.of("The relationship between dogs and cats is not exactly friendly.",
                        "A good bookshop is just a genteel Black Hole that knows how to read.")))
                .isCloseTo(84.64214891738334, within(1e-9));
    }
}
