package io.ultralink.text.prepare.internal;

import io.ultralink.format.LineAppender;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.model.Segment;
import io.ultralink.text.prepare.DropReason;
import io.ultralink.text.prepare.FailedInput;
import io.ultralink.text.prepare.PreparationReport;
import io.ultralink.text.prepare.WrongLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Writes outcomes' segments in order and counts everything for the report. Used by one thread. */
public final class Tally {

    private final Consumer<Segment> out;
    private final Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
    private final Map<String, Long> wrongByDetected = new HashMap<>();
    private final List<WrongLanguage> wrongExamples = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<FailedInput> failedInputs = new ArrayList<>();
    private long pagesRead;
    private long pagesKept;
    private long segments;
    private long tokens;
    private long forcedSplits;
    private long referenceSections;
    private long referenceChars;

    /** Creates a tally appending segments to {@code out}, starting from the counts of {@code before} if any. */
    public Tally(LineAppender out, PreparationReport before) {
        this(s -> out.append(SegmentJsonl.toLine(s)), before);
    }

    /** Creates a tally handing segments to {@code out}, starting from the counts of {@code before} if any. */
    public Tally(Consumer<Segment> out, PreparationReport before) {
        this.out = out;
        if (before != null) {
            dropped.putAll(before.dropped());
            wrongByDetected.putAll(before.wrongLanguageByDetected());
            wrongExamples.addAll(before.wrongLanguageExamples());
            errors.addAll(before.errors());
            failedInputs.addAll(before.failedInputs());
            pagesRead = before.pagesRead();
            pagesKept = before.pagesKept();
            segments = before.segmentsWritten();
            tokens = before.tokensKept();
            forcedSplits = before.forcedSplits();
            referenceSections = before.referenceSectionsDropped();
            referenceChars = before.referenceCharsDropped();
        }
    }

    /** Records the outcome of one page read, appending its segments. */
    public void record(Outcome o) {
        pagesRead++;
        if (o.dropped() == null) {
            pagesKept++;
            tokens += o.result().documentTokens();
            forcedSplits += o.result().forcedSplits();
            referenceSections += o.referenceSections();
            referenceChars += o.referenceChars();
            for (Segment s : o.result().segments()) {
                out.accept(s);
                segments++;
            }
            return;
        }
        dropped.merge(o.dropped(), 1L, Long::sum);
        if (o.dropped() == DropReason.WRONG_LANGUAGE) {
            String detected = o.detection().language().map(Object::toString).orElse("unknown");
            wrongByDetected.merge(detected, 1L, Long::sum);
            if (wrongExamples.size() < PreparationReport.MAX_EXAMPLES) {
                wrongExamples.add(new WrongLanguage(o.pageId(), o.title(),
                        o.expected() == null ? "any pack language" : o.expected().code(), detected,
                        o.detection().confidence()));
            }
        } else if (o.dropped() == DropReason.FAILED) {
            error(o.error());
        }
    }

    /** Records an error message (the first {@value PreparationReport#MAX_EXAMPLES} are kept). */
    public void error(String message) {
        if (errors.size() < PreparationReport.MAX_EXAMPLES) {
            errors.add(message);
        }
    }

    /** Records an input that could not be read to its end (its error is also kept among the errors). */
    public void failed(FailedInput input) {
        failedInputs.add(input);
        error(input.reason());
    }

    /** Forgets an earlier run's failure of {@code input}, which is about to be read again. */
    public void retry(String input) {
        failedInputs.removeIf(f -> f.input().equals(input));
    }

    /** Builds the report. */
    public PreparationReport report(List<Path> dumps, Path output, String encoding, long elapsedMillis) {
        return new PreparationReport(dumps.stream().map(Path::toString).toList(), output.toString(), encoding,
                pagesRead, pagesKept, dropped, wrongByDetected, wrongExamples, segments, tokens, forcedSplits, errors,
                elapsedMillis, referenceSections, referenceChars, failedInputs);
    }
}
