package io.ultralink.examples;

import io.ultralink.language.LanguagePacks;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.stats.DatasetCard;
import io.ultralink.stats.DatasetStatistics;
import io.ultralink.stats.TypeStatistics;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Computes the statistics of a produced dataset, a folder of {@code {lang}_{type}.jsonl} files, prints
 * the paper's Table 2 (dialogues per language and type) and Table 1 (dialogues, turns and mean
 * question, answer and turn lengths in {@code cl100k_base} tokens), and writes the dataset card.
 * No model is needed. (The {@code ultralink stats} command adds charts.)
 *
 * <pre>
 * ComputeStatistics DATASET_DIR [key=value ...]
 * ComputeStatistics out
 * ComputeStatistics out title="My dataset" model=gpt-4o-mini seed=42 card=out/CARD.md
 * </pre>
 *
 * Keys: {@code title} (default from the folder name), {@code model} (recorded as the generating
 * model), {@code seed} (recorded as the run seed), {@code card} (default {@code DATASET_DIR/README.md}).
 * The card lists the prompt version of each language's pack found on the class path.
 */
public final class ComputeStatistics {

    private ComputeStatistics() {
    }

    /** Runs the example; exits with 0 when done, 1 on an error, 2 on bad arguments. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ComputeStatistics DATASET_DIR [key=value ...]");
            System.exit(2);
        }
        try {
            run(Path.of(args[0]), ExampleArgs.keys(args, 1), System.out);
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Computes, prints and writes the card.
     *
     * @param keys the {@code key=value} options of {@link #main}
     * @param out where the tables go
     * @return the statistics
     */
    public static DatasetStatistics run(Path folder, Map<String, String> keys, PrintStream out) {
        DatasetStatistics stats = DatasetStatistics.compute(folder, JtokkitTokenCounter.cl100k());
        printComposition(stats, out);
        printDialogues(stats, out);
        DatasetCard.Builder card = DatasetCard.builder().statistics(stats)
                .title(keys.getOrDefault("title", "UltraLink dataset: " + folder.toAbsolutePath().getFileName()));
        if (keys.containsKey("model")) {
            card.addModel(keys.get("model"));
        }
        if (keys.containsKey("seed")) {
            card.seed("run seed", keys.get("seed"));
        }
        LanguagePacks packs = LanguagePacks.load();
        for (LanguageCode lang : stats.languages()) {
            packs.find(lang).ifPresent(p -> card.promptVersion("pack " + lang.code(), p.promptVersion()));
        }
        Path cardFile = keys.containsKey("card") ? Path.of(keys.get("card")) : folder.resolve("README.md");
        card.build().write(cardFile);
        out.println("card: " + cardFile);
        return stats;
    }

    private static void printComposition(DatasetStatistics stats, PrintStream out) {
        out.println("Table 2: dialogues per language and type");
        out.printf("%-6s", "lang");
        for (DataType type : DataType.values()) {
            out.printf(" %14s", type.fileToken());
        }
        out.printf(" %10s%n", "total");
        Map<LanguageCode, TypeStatistics> byLanguage = stats.byLanguage();
        for (LanguageCode lang : stats.languages()) {
            out.printf("%-6s", lang.code());
            for (DataType type : DataType.values()) {
                out.printf(" %14d", stats.row(lang, type).dialogues());
            }
            out.printf(" %10d%n", byLanguage.get(lang).dialogues());
        }
        Map<DataType, TypeStatistics> byType = stats.byType();
        out.printf("%-6s", "all");
        for (DataType type : DataType.values()) {
            out.printf(" %14d", byType.containsKey(type) ? byType.get(type).dialogues() : 0);
        }
        out.printf(" %10d%n", stats.total().dialogues());
    }

    private static void printDialogues(DatasetStatistics stats, PrintStream out) {
        out.println("Table 1: dialogues, turns and mean lengths (tokens, " + stats.encoding() + ")");
        out.printf("%-6s %10s %10s %10s %10s %10s%n", "lang", "dialogues", "turns", "question", "answer", "turn");
        stats.byLanguage().forEach((lang, s) -> line(out, lang.code(), s));
        line(out, "all", stats.total());
    }

    private static void line(PrintStream out, String label, TypeStatistics s) {
        out.printf("%-6s %10d %10d %10.1f %10.1f %10.1f%n", label, s.dialogues(), s.turns(), s.averageQuestionTokens(),
                s.averageAnswerTokens(), s.averageTurnTokens());
    }
}
