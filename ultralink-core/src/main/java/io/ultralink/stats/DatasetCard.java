package io.ultralink.stats;

import io.ultralink.error.UltraLinkException;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.redact.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code README.md} of a produced dataset: composition (Table 2), dialogue statistics (Table 1),
 * rejection rates by stage and reason, models, prompt versions, seeds, charts, and the CC BY-SA
 * attribution that Wikipedia-derived text requires. It starts with the YAML metadata the Hugging Face
 * Hub reads (licence, languages, task and size categories, and one config per {@code {lang}_{type}.jsonl}
 * file), so the dataset folder can be uploaded to the Hub as it is.
 */
public final class DatasetCard {

    /**
     * Items a stage dropped for one reason.
     *
     * @param stage the stage, e.g. {@code filter}
     * @param reason the reason, e.g. {@code culture-specific}
     * @param count how many
     */
    public record Rejection(String stage, String reason, long count) {
    }

    /**
     * A chart image beside the card.
     *
     * @param file the file name, relative to the card
     * @param caption what it shows
     */
    public record Chart(String file, String caption) {
    }

    private final Builder b;

    private DatasetCard(Builder b) {
        this.b = b;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the card as Markdown */
    public String render() {
        StringBuilder md = new StringBuilder();
        DatasetStatistics s = b.statistics;
        md.append(HubFrontMatter.render(s, b.title));
        md.append("# ").append(b.title).append("\n\n");
        md.append("A multilingual supervised fine-tuning dataset built the UltraLink way (Wang et al., ACL 2024) ")
                .append("with UltraLink for Java. Records are `{\"id\": \"{lang}_{type}_{n}\", \"data\": [q1, a1, q2, a2, ...]}` ")
                .append("in files named `{lang}_{type}.jsonl`.\n\n");
        appendComposition(md, s);
        appendDialogues(md, s);
        appendRejections(md);
        QualitySection.append(md, b.quality, b.rejections);
        md.append("## Generation\n\n");
        md.append("- Models: ").append(b.models.isEmpty() ? "none recorded" : String.join(", ", b.models)).append('\n');
        if (!b.promptVersions.isEmpty()) {
            md.append("- Prompt versions: ");
            List<String> parts = new ArrayList<>();
            new TreeMap<>(b.promptVersions).forEach((k, v) -> parts.add(k + " `" + v + "`"));
            md.append(String.join(", ", parts)).append('\n');
        }
        if (!b.seeds.isEmpty()) {
            md.append("- Seeds: ");
            List<String> parts = new ArrayList<>();
            b.seeds.forEach((k, v) -> parts.add(k + " = " + v));
            md.append(String.join(", ", parts)).append('\n');
        }
        md.append("- Token counts: `").append(s.encoding()).append("` encoding\n\n");
        if (!b.charts.isEmpty()) {
            md.append("## Charts\n\n");
            for (Chart c : b.charts) {
                md.append("![").append(c.caption()).append("](").append(c.file()).append(")\n\n");
            }
        }
        appendLicence(md, s);
        return md.toString();
    }

    /**
     * Writes the card.
     *
     * @param file the target, usually {@code README.md} in the dataset folder
     */
    public void write(Path file) {
        try {
            Files.writeString(file, Redactor.standard().redact(render()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UltraLinkException("cannot write dataset card " + file + ": " + e.getMessage(), e);
        }
    }

    private static void appendComposition(StringBuilder md, DatasetStatistics s) {
        md.append("## Composition (records per language and type)\n\n");
        md.append("| language |");
        for (DataType t : DataType.values()) {
            md.append(' ').append(t.fileToken()).append(" |");
        }
        md.append(" total |\n|---|");
        md.append("---:|".repeat(DataType.values().length + 1)).append('\n');
        for (LanguageCode lang : s.languages()) {
            md.append("| ").append(lang).append(" |");
            for (DataType t : DataType.values()) {
                md.append(' ').append(s.row(lang, t).dialogues()).append(" |");
            }
            md.append(' ').append(s.byLanguage().get(lang).dialogues()).append(" |\n");
        }
        md.append("| **total** |");
        for (DataType t : DataType.values()) {
            TypeStatistics r = s.byType().get(t);
            md.append(' ').append(r == null ? 0 : r.dialogues()).append(" |");
        }
        md.append(" **").append(s.total().dialogues()).append("** |\n\n");
    }

    private static void appendDialogues(StringBuilder md, DatasetStatistics s) {
        md.append("## Dialogues and lengths (tokens; question length excludes the document)\n\n");
        md.append("| language | type | dialogues | turns | avg question | avg answer | avg turn |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (TypeStatistics r : s.rows()) {
            row(md, r.language().code(), r.type().fileToken(), r);
        }
        row(md, "**all**", "", s.total());
        md.append('\n');
    }

    private static void row(StringBuilder md, String lang, String type, TypeStatistics r) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %.2f | %.2f |%n", lang, type,
                r.dialogues(), r.turns(), r.averageQuestionTokens(), r.averageAnswerTokens(), r.averageTurnTokens()));
    }

    private void appendRejections(StringBuilder md) {
        md.append("## Rejections by stage and reason\n\n");
        if (b.rejections.isEmpty()) {
            md.append("No rejection report was found for this dataset.\n\n");
            return;
        }
        md.append("Counts are per item, check or attempt as each stage reports them (one item can fail several "
                + "checks, and a regenerated question counts each time), so a reason can exceed 100 per 100 items.\n\n");
        md.append("| stage | reason | count | per 100 items examined |\n|---|---|---:|---:|\n");
        for (Rejection r : b.rejections) {
            Long seen = b.processed.get(r.stage());
            String rate = seen == null || seen == 0 ? "n/a"
                    : String.format(Locale.ROOT, "%.1f", 100.0 * r.count() / seen);
            md.append("| ").append(r.stage()).append(" | ").append(r.reason()).append(" | ").append(r.count())
                    .append(" | ").append(rate).append(" |\n");
        }
        md.append('\n');
    }

    private static void appendLicence(StringBuilder md, DatasetStatistics s) {
        List<String> wiki = new ArrayList<>();
        for (LanguageCode lang : s.languages()) {
            if (s.row(lang, DataType.CHAT_SPECIFIC).dialogues() > 0) {
                wiki.add(lang.code());
            }
        }
        md.append("## Licence and attribution\n\n");
        if (!wiki.isEmpty()) {
            md.append("The `chat_specific` records are derived from Wikipedia articles (").append(String.join(", ", wiki))
                    .append("). Wikipedia text is available under the Creative Commons Attribution-ShareAlike licence ")
                    .append("(CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/); these records are ")
                    .append("shared under the same licence, with attribution to the Wikipedia contributors of the ")
                    .append("source articles, whose titles, URLs and revision ids are kept in the records' metadata ")
                    .append("and in the segments file.\n\n");
        } else {
            md.append("No record in this dataset is derived from Wikipedia.\n\n");
        }
        md.append("The language-agnostic records (`chat_agnostic`, `math`, `code`) are translations of their ")
                .append("source datasets and keep those datasets' licences.\n");
    }

    /** Builds a {@link DatasetCard}. */
    public static final class Builder {
        private DatasetStatistics statistics;
        private String title = "UltraLink dataset";
        private final List<String> models = new ArrayList<>();
        private final Map<String, String> promptVersions = new LinkedHashMap<>();
        private final Map<String, String> seeds = new LinkedHashMap<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private final Map<String, Long> processed = new LinkedHashMap<>();
        private final List<Chart> charts = new ArrayList<>();
        private QualityReport quality;

        private Builder() {
        }

        /** @param value how translations fared in their checks @return this */
        public Builder quality(QualityReport value) {
            quality = Objects.requireNonNull(value, "quality");
            return this;
        }

        /** @param value the statistics to report @return this */
        public Builder statistics(DatasetStatistics value) {
            statistics = Objects.requireNonNull(value, "statistics");
            return this;
        }

        /** @param value the card's title @return this */
        public Builder title(String value) {
            title = Objects.requireNonNull(value, "title");
            return this;
        }

        /** @param value a model that produced records @return this */
        public Builder addModel(String value) {
            if (!models.contains(value)) {
                models.add(Objects.requireNonNull(value, "model"));
            }
            return this;
        }

        /** @param scope a language or stage @param version its prompt version @return this */
        public Builder promptVersion(String scope, String version) {
            promptVersions.put(scope, version);
            return this;
        }

        /** @param name what the seed seeds @param value the seed @return this */
        public Builder seed(String name, String value) {
            seeds.put(name, value);
            return this;
        }

        /** @param stage a stage @param items items it examined @return this */
        public Builder processed(String stage, long items) {
            processed.merge(stage, items, Long::sum);
            return this;
        }

        /** @param value a rejection count @return this */
        public Builder addRejection(Rejection value) {
            rejections.add(Objects.requireNonNull(value, "rejection"));
            return this;
        }

        /** @param value a chart beside the card @return this */
        public Builder addChart(Chart value) {
            charts.add(Objects.requireNonNull(value, "chart"));
            return this;
        }

        /** @return the card */
        public DatasetCard build() {
            if (statistics == null) {
                throw new IllegalStateException("statistics are required");
            }
            return new DatasetCard(this);
        }
    }
}
