package io.ultralink.stats;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * How translations fared in their checks, per language and type, read back from a language-agnostic output
 * folder: accepted records ({@code checks} and {@code quality.*} metadata) and {@code failures.jsonl} (the
 * checks and scores of rejected items, and model errors).
 *
 * @param rows per {@code "lang_type"}, sorted
 */
public record QualityReport(Map<String, Row> rows) {

    /** The metadata key prefix of scores, as the pipeline writes them. */
    public static final String SCORE_PREFIX = "quality.";

    private static final Pattern RECORD_FILE = Pattern.compile("([a-z]{2,3}(?:-[A-Za-z]+)?)_([a-z_]+)\\.jsonl");

    /**
     * One language and type.
     *
     * @param language the language code
     * @param type the data type's file token
     * @param accepted translations accepted
     * @param rejected translations rejected by a check
     * @param errors items that failed with a model error (judge verdicts that stayed malformed among them)
     * @param checks per check name, {@code [ran, passed]}
     * @param scores per score name ({@code chrf}, {@code adequacy}, {@code fluency}), every value seen
     */
    public record Row(String language, String type, long accepted, long rejected, long errors, Map<String, long[]> checks,
            Map<String, List<Double>> scores) {
    }

    /** Copies into a sorted map. */
    public QualityReport {
        rows = new TreeMap<>(Objects.requireNonNull(rows, "rows"));
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Every value of score {@code name} per language, over all types. */
    public Map<String, List<Double>> scoresByLanguage(String name) {
        Map<String, List<Double>> out = new TreeMap<>();
        rows.values().forEach(r -> out.computeIfAbsent(r.language(), k -> new ArrayList<>())
                .addAll(r.scores().getOrDefault(name, List.of())));
        return out;
    }

    /** Reads {@code dir}; an absent folder gives an empty report. */
    public static QualityReport read(Path dir) {
        Map<String, Builder> rows = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return new QualityReport(Map.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = RECORD_FILE.matcher(f.getFileName().toString());
                if (m.matches() && type(m.group(2)) != null) {
                    readRecords(f, LanguageCode.of(m.group(1)), type(m.group(2)), rows);
                }
            }
        } catch (IOException e) {
            throw new io.ultralink.error.UltraLinkException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        Path failures = dir.resolve("failures.jsonl");
        if (Files.exists(failures)) {
            try (JsonlReader<JsonLine> in = JsonlReader.open(failures, BadLinePolicy.SKIP)) {
                in.forEachRemaining(l -> readFailure(l.node(), rows));
            }
        }
        Map<String, Row> out = new TreeMap<>();
        rows.forEach((k, b) -> out.put(k, b.row()));
        return new QualityReport(out);
    }

    private static DataType type(String token) {
        try {
            return DataType.parse(token);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void readRecords(Path file, LanguageCode lang, DataType type, Map<String, Builder> rows) {
        try (var in = JsonlRecords.reader(file, RecordFormat.ULTRALINK).policy(BadLinePolicy.SKIP).defaultLanguage(lang)
                .defaultType(type).open()) {
            in.forEachRemaining((SftRecord r) -> {
                String checks = r.metadata().get("checks");
                if (checks == null || checks.equals("source")) {
                    return;
                }
                Builder b = rows.computeIfAbsent(lang.code() + "_" + type.fileToken(), k -> new Builder(lang.code(), type.fileToken()));
                b.accepted++;
                for (String c : checks.split(",")) {
                    b.check(c.strip(), true);
                }
                r.metadata().forEach((k, v) -> {
                    if (k.startsWith(SCORE_PREFIX)) {
                        b.score(k.substring(SCORE_PREFIX.length()), Double.parseDouble(v));
                    }
                });
            });
        }
    }

    private static void readFailure(JsonNode n, Map<String, Builder> rows) {
        if (!"translate".equals(n.path("stage").asString("")) || !n.hasNonNull("lang") || !n.hasNonNull("type")) {
            return;
        }
        String lang = n.path("lang").asString();
        String type = n.path("type").asString();
        Builder b = rows.computeIfAbsent(lang + "_" + type, k -> new Builder(lang, type));
        if ("error".equals(n.path("status").asString(""))) {
            b.errors++;
            return;
        }
        b.rejected++;
        for (Map.Entry<String, JsonNode> c : n.path("checks").properties()) {
            b.check(c.getKey(), c.getValue().asBoolean());
        }
        for (Map.Entry<String, JsonNode> s : n.path("scores").properties()) {
            b.score(s.getKey(), s.getValue().asDouble());
        }
    }

    private static final class Builder {
        final String language;
        final String type;
        long accepted;
        long rejected;
        long errors;
        final Map<String, long[]> checks = new TreeMap<>();
        final Map<String, List<Double>> scores = new TreeMap<>();

        Builder(String language, String type) {
            this.language = language;
            this.type = type;
        }

        void check(String name, boolean passed) {
            long[] c = checks.computeIfAbsent(name, k -> new long[2]);
            c[0]++;
            c[1] += passed ? 1 : 0;
        }

        void score(String name, double value) {
            scores.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }

        Row row() {
            return new Row(language, type, accepted, rejected, errors, checks, scores);
        }
    }
}
