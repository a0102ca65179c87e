package io.ultralink.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the card's "Quality checks" section from a {@link QualityReport} and the stage rejections. */
final class QualitySection {

    private QualitySection() {
    }

    static void append(StringBuilder md, QualityReport q, List<DatasetCard.Rejection> rejections) {
        md.append("## Quality checks\n\n");
        if (q == null || q.isEmpty()) {
            md.append("No translation check report was found for this dataset.\n\n");
        } else {
            md.append("Every check of every translated item, accepted or rejected (a rejected item stops at its first "
                    + "failed chunk, so later checks may not have run). `BACK_TRANSLATION` scores the back-translation "
                    + "with chrF against the source, `ADEQUACY_JUDGE` is an LLM judge's 1-5 verdict.\n\n");
            md.append("| language | type | accepted | rejected | errors | check | ran | passed | pass rate |\n"
                    + "|---|---|---:|---:|---:|---|---:|---:|---:|\n");
            for (QualityReport.Row r : q.rows().values()) {
                boolean first = true;
                for (Map.Entry<String, long[]> c : r.checks().entrySet()) {
                    md.append("| ").append(first ? r.language() : "").append(" | ").append(first ? r.type() : "")
                            .append(" | ").append(first ? Long.toString(r.accepted()) : "").append(" | ")
                            .append(first ? Long.toString(r.rejected()) : "").append(" | ")
                            .append(first ? Long.toString(r.errors()) : "").append(" | ").append(c.getKey()).append(" | ")
                            .append(c.getValue()[0]).append(" | ").append(c.getValue()[1]).append(" | ")
                            .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * c.getValue()[1] / c.getValue()[0]))
                            .append(" |\n");
                    first = false;
                }
            }
            md.append("\n| language | type | score | n | min | median | mean |\n|---|---|---|---:|---:|---:|---:|\n");
            for (QualityReport.Row r : q.rows().values()) {
                r.scores().forEach((name, values) -> {
                    List<Double> v = new ArrayList<>(values);
                    v.sort(null);
                    double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %.1f |%n", r.language(),
                            r.type(), name, v.size(), v.get(0), v.get(v.size() / 2), mean));
                });
            }
            md.append('\n');
        }
        List<DatasetCard.Rejection> gates = rejections.stream().filter(QualitySection::isGate).toList();
        if (!gates.isEmpty()) {
            md.append("Records removed by the meaning, dialogue and duplicate gates:\n\n| stage | gate | removed |\n"
                    + "|---|---|---:|\n");
            gates.forEach(g -> md.append("| ").append(g.stage()).append(" | ").append(g.reason()).append(" | ")
                    .append(g.count()).append(" |\n"));
            md.append('\n');
        }
    }

    private static boolean isGate(DatasetCard.Rejection r) {
        String reason = r.reason().toUpperCase(Locale.ROOT).replace('-', '_');
        return reason.startsWith("DUPLICATE_") || reason.equals("BACK_TRANSLATION") || reason.equals("ADEQUACY_JUDGE")
                || reason.equals("ANSWER_REPEATS_QUESTION") || reason.equals("REPEATED_QUESTION")
                || reason.equals("UNGROUNDED") || reason.equals("CODE_UNCHANGED") || reason.equals("TRANSLATED_NOT_ANSWERED");
    }
}
