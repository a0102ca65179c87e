package io.ultralink.text.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Precision, recall and F1 of sentence boundaries on labelled text written for this test (one sentence per line
 * in {@code gold/LANG.txt}, blank lines between paragraphs). Only boundaries inside paragraphs are scored: a line
 * break and the end of the text end a sentence by rule.
 */
class SentenceBoundaryAccuracyTest {

    private static final double MIN_F1 = 0.95;

    /** The text of a gold file and the offsets where its sentences end inside paragraphs. */
    record Gold(String text, Set<Integer> ends, int sentences) {

        static Gold load(String lang) throws IOException {
            String file;
            try (InputStream in = SentenceBoundaryAccuracyTest.class.getResourceAsStream("gold/" + lang + ".txt")) {
                file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String separator = lang.startsWith("zh") ? "" : " ";
            StringBuilder text = new StringBuilder();
            Set<Integer> ends = new HashSet<>();
            List<String> paragraph = new ArrayList<>();
            int sentences = 0;
            for (String line : (file + "\n\n").split("\n", -1)) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (!line.isBlank()) {
                    paragraph.add(line.strip());
                    sentences++;
                    continue;
                }
                if (paragraph.isEmpty()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append('\n');
                }
                for (int i = 0; i < paragraph.size(); i++) {
                    text.append(i == 0 ? "" : separator).append(paragraph.get(i));
                    if (i < paragraph.size() - 1) {
                        ends.add(text.length());
                    }
                }
                paragraph.clear();
            }
            return new Gold(text.toString(), ends, sentences);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ru", "fr", "es", "en-2", "zh-2", "ru-2", "fr-2",
        "es-2"})
    void sentenceEnds_goldText_f1AtLeastThreshold(String lang) throws IOException {
        Gold gold = Gold.load(lang);
        SentenceSplitter splitter = SentenceSplitter.forLanguage(LanguageCode.of(lang.substring(0, 2)));
        Set<Integer> predicted = new HashSet<>();
        for (int end : splitter.sentenceEnds(gold.text())) {
            if (end < gold.text().length() && gold.text().charAt(end - 1) != '\n') {
                predicted.add(end);
            }
        }
        Set<Integer> correct = new HashSet<>(predicted);
        correct.retainAll(gold.ends());
        double precision = predicted.isEmpty() ? 1 : (double) correct.size() / predicted.size();
        double recall = (double) correct.size() / gold.ends().size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        List<String> missed = gold.ends().stream().filter(e -> !predicted.contains(e)).sorted()
                .map(e -> context(gold.text(), e)).toList();
        List<String> spurious = predicted.stream().filter(e -> !gold.ends().contains(e)).sorted()
                .map(e -> context(gold.text(), e)).toList();
        System.out.printf("sentences %s: %d sentences, %d scored boundaries, %d predicted, P=%.3f R=%.3f F1=%.3f"
                + " missed=%s spurious=%s%n", lang, gold.sentences(), gold.ends().size(), predicted.size(),
                precision, recall, f1, missed, spurious);
        assertThat(String.join("", splitter.split(gold.text()))).isEqualTo(gold.text());
        assertThat(gold.sentences()).isGreaterThanOrEqualTo(20);
        assertThat(f1).as("F1 of %s; missed %s; spurious %s", lang, missed, spurious).isGreaterThanOrEqualTo(MIN_F1);
    }

    private static String context(String text, int end) {
        return "…" + text.substring(Math.max(0, end - 15), end) + "|" + text.substring(end, Math.min(text.length(),
                end + 10)) + "…";
    }
}
