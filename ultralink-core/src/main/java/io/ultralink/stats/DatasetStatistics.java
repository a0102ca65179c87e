package io.ultralink.stats;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import io.ultralink.model.Turn;
import io.ultralink.tokens.TokenCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Statistics of an UltraLink dataset folder holding {@code {lang}_{type}.jsonl} files: counts per
 * language and type (the paper's Table 2), dialogues, turns and mean question, answer and turn
 * lengths in tokens (Table 1), and question and answer length distributions per language (Fig. 13).
 *
 * @param rows one row per file, sorted by language then type
 * @param questionLengths question lengths per language
 * @param answerLengths answer lengths per language
 * @param encoding the token encoding used
 */
public record DatasetStatistics(List<TypeStatistics> rows, Map<LanguageCode, LengthHistogram> questionLengths,
        Map<LanguageCode, LengthHistogram> answerLengths, String encoding) {

    private static final Pattern FILE = Pattern.compile(
            "([a-z]{2,3}(?:-[a-z0-9]+)*)_(chat_specific|chat_agnostic|math|code)\\.jsonl");
    private static final String DOCUMENT_END = "</document>";

    /** Copies. */
    public DatasetStatistics {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        questionLengths = Collections.unmodifiableMap(new TreeMap<>(questionLengths));
        answerLengths = Collections.unmodifiableMap(new TreeMap<>(answerLengths));
        Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * Reads every {@code {lang}_{type}.jsonl} file of a folder (other files are ignored).
     *
     * @param folder the dataset folder
     * @param counter counts tokens
     * @return the statistics
     * @throws InvalidInputException naming the file and line of a malformed record
     */
    public static DatasetStatistics compute(Path folder, TokenCounter counter) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(counter, "counter");
        List<TypeStatistics> rows = new ArrayList<>();
        Map<LanguageCode, LengthHistogram> questions = new LinkedHashMap<>();
        Map<LanguageCode, LengthHistogram> answers = new LinkedHashMap<>();
        for (Path file : datasetFiles(folder)) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            LanguageCode lang = LanguageCode.of(m.group(1));
            DataType type = DataType.parse(m.group(2));
            LengthHistogram q = questions.computeIfAbsent(lang, k -> LengthHistogram.standard());
            LengthHistogram a = answers.computeIfAbsent(lang, k -> LengthHistogram.standard());
            rows.add(readFile(file, lang, type, counter, q, a));
        }
        rows.sort(Comparator.comparing(TypeStatistics::language).thenComparing(TypeStatistics::type));
        return new DatasetStatistics(rows, questions, answers, counter.encodingName());
    }

    /**
     * Lists the dataset files of a folder.
     *
     * @param folder the folder
     * @return the {@code {lang}_{type}.jsonl} files, sorted by name
     */
    public static List<Path> datasetFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), 0, "not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(folder.toString(), 0, null, "cannot list: " + e.getMessage(), e);
        }
    }

    private static TypeStatistics readFile(Path file, LanguageCode lang, DataType type, TokenCounter counter,
            LengthHistogram questions, LengthHistogram answers) {
        long dialogues = 0;
        long turns = 0;
        long qTokens = 0;
        long aTokens = 0;
        try (JsonlReader<SftRecord> reader = JsonlRecords.reader(file, RecordFormat.ULTRALINK)
                .policy(BadLinePolicy.FAIL).defaultLanguage(lang).defaultType(type).open()) {
            while (reader.hasNext()) {
                SftRecord record = reader.next();
                dialogues++;
                boolean first = true;
                for (Turn turn : record.turns()) {
                    String question = first ? withoutDocument(turn.question()) : turn.question();
                    first = false;
                    int q = counter.countTokens(question);
                    int a = counter.countTokens(turn.answer());
                    questions.add(q);
                    answers.add(a);
                    qTokens += q;
                    aTokens += a;
                    turns++;
                }
            }
        }
        return new TypeStatistics(lang, type, dialogues, turns, qTokens, aTokens);
    }

    /**
     * The question without the document block a language-specific first question starts with.
     *
     * @param question the question
     * @return the text after {@code </document>}, or the question itself
     */
    public static String withoutDocument(String question) {
        int end = question.lastIndexOf(DOCUMENT_END);
        return end < 0 ? question : question.substring(end + DOCUMENT_END.length()).strip();
    }

    /** @return the languages present, sorted */
    public List<LanguageCode> languages() {
        return rows.stream().map(TypeStatistics::language).distinct().sorted().toList();
    }

    /**
     * @param language a language
     * @param type a data type
     * @return the row, or an empty one
     */
    public TypeStatistics row(LanguageCode language, DataType type) {
        return rows.stream().filter(r -> r.language().equals(language) && r.type() == type).findFirst()
                .orElse(new TypeStatistics(language, type, 0, 0, 0, 0));
    }

    /** @return totals per data type over all languages */
    public Map<DataType, TypeStatistics> byType() {
        Map<DataType, TypeStatistics> out = new EnumMap<>(DataType.class);
        for (TypeStatistics r : rows) {
            out.merge(r.type(), r, TypeStatistics::plus);
        }
        return out;
    }

    /** @return totals per language over all types */
    public Map<LanguageCode, TypeStatistics> byLanguage() {
        Map<LanguageCode, TypeStatistics> out = new TreeMap<>();
        for (TypeStatistics r : rows) {
            out.merge(r.language(), r, TypeStatistics::plus);
        }
        return out;
    }

    /** @return the totals over the whole dataset (language and type of the first row) */
    public TypeStatistics total() {
        TypeStatistics sum = new TypeStatistics(LanguageCode.EN, DataType.CHAT_SPECIFIC, 0, 0, 0, 0);
        for (TypeStatistics r : rows) {
            sum = sum.plus(r);
        }
        return sum;
    }
}
