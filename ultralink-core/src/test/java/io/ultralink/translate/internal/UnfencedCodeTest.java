package io.ultralink.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The unfenced-code detector on labelled samples written for it: code of eight languages, and prose that is not code. */
class UnfencedCodeTest {

    /** A sample: the message and, per line, true for code, false for prose, null for blank. */
    record Sample(String name, String text, List<Boolean> labels) {
    }

    static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        String all;
        try (InputStream in = UnfencedCodeTest.class.getResourceAsStream("/io/ultralink/translate/code-detection-samples.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String name = null;
        StringBuilder text = new StringBuilder();
        List<Boolean> labels = new ArrayList<>();
        for (String line : (all + "\n=== end").split("\n")) {
            if (line.startsWith("#") || line.length() < 2) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (name != null) {
                    SAMPLES.put(name, new Sample(name, text.toString().stripTrailing(), new ArrayList<>(labels)));
                }
                name = line.substring(4).strip();
                text.setLength(0);
                labels.clear();
                continue;
            }
            text.append(line.substring(2)).append('\n');
            labels.add(line.startsWith("C|") ? Boolean.TRUE : line.startsWith("P|") ? Boolean.FALSE : null);
        }
    }

    static boolean[] detected(String text) {
        int lines = text.split("\n", -1).length;
        boolean[] out = new boolean[lines];
        for (UnfencedCode.Region r : UnfencedCode.find(text)) {
            int first = text.substring(0, r.start()).split("\n", -1).length - 1;
            int last = text.substring(0, r.end()).split("\n", -1).length - 1;
            for (int i = first; i <= last; i++) {
                out[i] = true;
            }
        }
        return out;
    }

    @Test
    void find_onTheLabelledSamples_precisionAndRecallAtLeast95Percent() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> wrong = new ArrayList<>();
        for (Sample s : SAMPLES.values()) {
            boolean[] got = detected(s.text());
            String[] lines = s.text().split("\n", -1);
            for (int i = 0; i < s.labels().size() && i < lines.length; i++) {
                Boolean want = s.labels().get(i);
                if (want == null) {
                    continue;
                }
                if (want && got[i]) {
                    tp++;
                } else if (want) {
                    fn++;
                    wrong.add(s.name() + " missed: " + lines[i]);
                } else if (got[i]) {
                    fp++;
                    wrong.add(s.name() + " false alarm: " + lines[i]);
                } else {
                    tn++;
                }
            }
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "unfenced code lines: %d code, %d prose; precision %.3f, recall %.3f%n", tp + fn,
                fp + tn, precision, recall);
        wrong.forEach(System.out::println);
        assertThat(precision).as("%s", wrong).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("%s", wrong).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void find_proseSamples_haveNoRegion() {
        SAMPLES.values().stream().filter(s -> s.name().startsWith("prose-"))
                .forEach(s -> assertThat(UnfencedCode.find(s.text())).as(s.name()).isEmpty());
    }

    @Test
    void find_kindsOfTheCodeSamples() {
        assertThat(UnfencedCode.find(SAMPLES.get("python-class-with-docstring").text()))
                .extracting(UnfencedCode.Region::kind).containsExactly(FencedCode.Kind.PYTHON);
        assertThat(UnfencedCode.find(SAMPLES.get("java-method").text()))
                .extracting(UnfencedCode.Region::kind).containsExactly(FencedCode.Kind.C_LIKE);
    }

    @Test
    void codeLines_leaveCommentProseOut_andProblemNamesAMissingLine() {
        String text = SAMPLES.get("python-solution-unfenced").text();
        UnfencedCode.Region r = UnfencedCode.find(text).get(0);
        assertThat(r.codeLines(text)).containsExactly("def count_vowels(text):",
                "    return sum(1 for ch in text.lower() if ch in 'aeiou')");
        assertThat(UnfencedCode.problem(text, text)).isEmpty();
        String broken = text.replace("    return sum(1 for ch in text.lower() if ch in 'aeiou')",
                "    devuelve la suma de las vocales");
        assertThat(UnfencedCode.problem(text, broken)).hasValueSatisfying(p -> assertThat(p)
                .contains("return sum(1 for ch in text.lower() if ch in 'aeiou')", "line 3"));
    }

    @Test
    void find_ignoresFencedBlocks() {
        String text = "Look:\n\n```python\nx = 1\ny = 2\n```\nDone.";
        assertThat(UnfencedCode.find(text)).isEmpty();
    }
}
