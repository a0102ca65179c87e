package io.ultralink.text.prepare;

import io.ultralink.error.UltraLinkException;
import io.ultralink.format.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a preparation run did: pages read and kept, pages dropped by reason, wrong-language pages counted by
 * detected language (with the first examples and their confidence), segments and tokens written, forced
 * sentence splits, errors, and the inputs that failed part way. Write it with {@link #toJson()} or {@link #writeJson(Path)}.
 *
 * @param dumps the inputs, in order
 * @param output the segments file
 * @param tokenEncoding the token encoding used for all counts
 * @param pagesRead pages read from the dumps
 * @param pagesKept pages that produced segments
 * @param dropped pages dropped, by reason (every reason present, possibly 0)
 * @param wrongLanguageByDetected wrong-language pages counted by detected language code
 * @param wrongLanguageExamples the first wrong-language pages (at most {@value #MAX_EXAMPLES})
 * @param segmentsWritten segment lines appended to the output
 * @param tokensKept tokens in the kept documents
 * @param forcedSplits sentences longer than the segment maximum that had to be split inside
 * @param errors problems met (input errors and failed pages), at most {@value #MAX_EXAMPLES}
 * @param elapsedMillis wall time of the run
 * @param referenceSectionsDropped reference sections (See also, References, ...) with text that the cleaner
 *     dropped from the kept pages
 * @param referenceCharsDropped characters of those sections, after markup removal
 * @param failedInputs the inputs that could not be read to their end, with why and how far they got (empty when
 *     every input was read whole)
 */
public record PreparationReport(List<String> dumps, String output, String tokenEncoding, long pagesRead,
        long pagesKept, Map<DropReason, Long> dropped, Map<String, Long> wrongLanguageByDetected,
        List<WrongLanguage> wrongLanguageExamples, long segmentsWritten, long tokensKept, long forcedSplits,
        List<String> errors, long elapsedMillis, long referenceSectionsDropped, long referenceCharsDropped,
        List<FailedInput> failedInputs) {

    /** How many examples and errors a report keeps. */
    public static final int MAX_EXAMPLES = 100;

    private static final JsonMapper JSON = Mappers.PRETTY_JSON;

    /** Copies the collections. */
    public PreparationReport {
        dumps = List.copyOf(dumps);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(tokenEncoding, "tokenEncoding");
        Map<DropReason, Long> all = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            all.put(r, dropped.getOrDefault(r, 0L));
        }
        dropped = java.util.Collections.unmodifiableMap(all);
        wrongLanguageByDetected = java.util.Collections.unmodifiableMap(new TreeMap<>(wrongLanguageByDetected));
        wrongLanguageExamples = List.copyOf(wrongLanguageExamples);
        errors = List.copyOf(errors);
        failedInputs = failedInputs == null ? List.of() : List.copyOf(failedInputs);
    }

    /** A report without reference-section counts or failed inputs (the constructor of reports before them). */
    public PreparationReport(List<String> dumps, String output, String tokenEncoding, long pagesRead,
            long pagesKept, Map<DropReason, Long> dropped, Map<String, Long> wrongLanguageByDetected,
            List<WrongLanguage> wrongLanguageExamples, long segmentsWritten, long tokensKept, long forcedSplits,
            List<String> errors, long elapsedMillis) {
        this(dumps, output, tokenEncoding, pagesRead, pagesKept, dropped, wrongLanguageByDetected,
                wrongLanguageExamples, segmentsWritten, tokensKept, forcedSplits, errors, elapsedMillis, 0, 0,
                List.of());
    }

    /** Pages dropped for any reason. */
    public long pagesDropped() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The report as indented JSON. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** Writes {@link #toJson()} to {@code file}. */
    public void writeJson(Path file) {
        try {
            Files.writeString(file, toJson());
        } catch (IOException e) {
            throw new UltraLinkException("cannot write report " + file + ": " + e.getMessage(), e);
        }
    }
}
