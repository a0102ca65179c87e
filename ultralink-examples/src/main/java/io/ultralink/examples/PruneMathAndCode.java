package io.ultralink.examples;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.prune.DataPruners;
import io.ultralink.prune.OverlapStrategy;
import io.ultralink.prune.PruneSelection;
import io.ultralink.prune.PruningBudget;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Prunes English maths and code sources for translation (paper §2.4): per-language budgets, a seed,
 * and an overlap strategy. No model is needed. Runs every requested strategy over the same input so
 * that their difference shows: {@code RANDOM} draws each language independently (items may repeat
 * across languages), {@code DISJOINT} deals one draw out so no item goes to two languages.
 *
 * <pre>
 * PruneMathAndCode OUT_DIR FORMAT:FILE... [key=value ...]
 * PruneMathAndCode out metamathqa:MetaMathQA-395K.json magicoder-oss:oss-instruct.jsonl humaneval:HumanEval.jsonl
 * PruneMathAndCode out metamathqa:math.jsonl languages=zh,ru,fr,es math=32000 code=16000 seed=7 strategies=random,disjoint
 * </pre>
 *
 * FORMAT is {@code metamathqa}, {@code magicoder-oss}, {@code magicoder-evol} or {@code humaneval};
 * files of the same data type are pooled. Keys: {@code languages} (default {@code zh,ru,fr,es}),
 * {@code math} and {@code code} (budgets per language, default the paper's 32000 and 16000),
 * {@code seed} (42), {@code strategies} (default {@code random,disjoint}; also {@code shared}).
 * Writes {@code OUT_DIR/STRATEGY/LANG_TYPE.ids}, one selected stable id a line, and prints the
 * counts and the number of ids chosen for more than one language.
 */
public final class PruneMathAndCode {

    private PruneMathAndCode() {
    }

    /** Runs the example; exits with 0 when done, 1 on an error, 2 on bad arguments. */
    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv.length == 2) {
                keys.put(kv[0], kv[1]);
            } else {
                inputs.add(args[i]);
            }
        }
        if (args.length < 2 || inputs.isEmpty()) {
            System.err.println("usage: PruneMathAndCode OUT_DIR FORMAT:FILE... [key=value ...]");
            System.exit(2);
        }
        try {
            Map<OverlapStrategy, Report> reports = run(Path.of(args[0]), inputs, keys);
            reports.forEach((strategy, r) -> System.out.printf("%s: selected %s, ids in several languages %s%n",
                    strategy, r.selected(), r.sharedIds()));
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * What one strategy selected.
     *
     * @param selected "lang_type" → number of ids selected
     * @param sharedIds data type → number of ids selected for two or more languages
     */
    public record Report(Map<String, Integer> selected, Map<DataType, Integer> sharedIds) {
    }

    /**
     * Prunes {@code inputs} ({@code FORMAT:FILE}) into {@code outDir} for every requested strategy.
     *
     * @param keys the {@code key=value} options of {@link #main}
     * @return a report per strategy, in the requested order
     */
    public static Map<OverlapStrategy, Report> run(Path outDir, List<String> inputs, Map<String, String> keys) {
        List<LanguageCode> languages = new ArrayList<>();
        for (String code : keys.getOrDefault("languages", "zh,ru,fr,es").split(",")) {
            languages.add(LanguageCode.of(code.trim()));
        }
        int math = Integer.parseInt(keys.getOrDefault("math", Integer.toString(PruningBudget.PAPER_MATH)));
        int code = Integer.parseInt(keys.getOrDefault("code", Integer.toString(PruningBudget.PAPER_CODE)));
        long seed = Long.parseLong(keys.getOrDefault("seed", "42"));
        Map<LanguageCode, Map<DataType, Integer>> limits = new LinkedHashMap<>();
        for (LanguageCode lang : languages) {
            limits.put(lang, Map.of(DataType.MATH, math, DataType.CODE, code));
        }
        PruningBudget budget = new PruningBudget(limits);

        Map<DataType, List<Map.Entry<SourceFormat, Path>>> byType = new EnumMap<>(DataType.class);
        for (String input : inputs) {
            String[] parts = input.split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected FORMAT:FILE, was '" + input + "'");
            }
            SourceFormat format = SourceFormat.parse(parts[0]);
            Path file = Path.of(parts[1]);
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(file.toString(), 0, "no such file");
            }
            byType.computeIfAbsent(format.dataType(), t -> new ArrayList<>()).add(Map.entry(format, file));
        }

        Map<OverlapStrategy, Report> reports = new LinkedHashMap<>();
        for (String name : keys.getOrDefault("strategies", "random,disjoint").split(",")) {
            OverlapStrategy strategy = OverlapStrategy.valueOf(name.trim().toUpperCase(Locale.ROOT));
            var pruner = DataPruners.builder().languages(languages).budget(budget).strategy(strategy).seed(seed).build();
            Map<String, Integer> selected = new LinkedHashMap<>();
            Map<DataType, Integer> shared = new EnumMap<>(DataType.class);
            for (var e : byType.entrySet()) {
                PruneSelection<Conversation> chosen;
                try (Pooled pooled = new Pooled(e.getValue())) {
                    chosen = pruner.select(pooled, Conversation::id, e.getKey());
                }
                Set<String> seen = new HashSet<>();
                Set<String> repeated = new HashSet<>();
                for (LanguageCode lang : languages) {
                    List<String> ids = chosen.selected(lang).stream().map(Conversation::id).toList();
                    ids.stream().filter(id -> !seen.add(id)).forEach(repeated::add);
                    String stem = lang.code() + "_" + e.getKey().fileToken();
                    write(outDir.resolve(strategy.name().toLowerCase(Locale.ROOT)).resolve(stem + ".ids"), ids);
                    selected.put(stem, ids.size());
                }
                shared.put(e.getKey(), repeated.size());
            }
            reports.put(strategy, new Report(selected, shared));
        }
        return reports;
    }

    private static void write(Path file, List<String> ids) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The conversations of several source files of one data type, read one after the other. */
    private static final class Pooled implements Iterator<Conversation>, AutoCloseable {
        private final Iterator<Map.Entry<SourceFormat, Path>> files;
        private SourceReader current;

        Pooled(List<Map.Entry<SourceFormat, Path>> files) {
            this.files = files.iterator();
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (current != null) {
                    current.problems().forEach(p -> System.err.println("skipped: " + p.getMessage()));
                    current.close();
                    current = null;
                }
                if (!files.hasNext()) {
                    return false;
                }
                Map.Entry<SourceFormat, Path> next = files.next();
                current = SourceReader.open(next.getValue(), next.getKey(), BadLinePolicy.SKIP);
            }
            return true;
        }

        @Override
        public Conversation next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
            }
        }
    }
}
