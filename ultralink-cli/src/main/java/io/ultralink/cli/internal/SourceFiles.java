package io.ultralink.cli.internal;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.Conversation;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the language-agnostic source files with the configured bad-input policy ({@code input.badLines}) and
 * line bound ({@code input.maxLineBytes}). Under {@code fail} the first bad record stops the stage with its
 * file and line; under {@code skip}, and for over-long lines under either policy, each record left out is
 * printed as a warning naming its file and line, and counted for the stage report, once per file and run
 * however often the stages read it again. Not API.
 */
final class SourceFiles {

    /** Stage-report reason of records skipped as not valid UTF-8, JSON or their format. */
    static final String BAD_INPUT = "bad-input";
    /** Stage-report reason of JSONL lines dropped for their length. */
    static final String TOO_LARGE = "too-large";

    private static final StageState.Key<Map<String, Long>> TALLY = StageState.key("input.skipped");
    private static final StageState.Key<Set<Path>> REPORTED = StageState.key("input.reported");
    private static final int WARNINGS_PER_FILE = 10;

    private SourceFiles() {
    }

    /**
     * Reads every record of {@code file}.
     *
     * @param session the run
     * @param file the source file
     * @param format its format
     * @return the records read
     * @throws InvalidInputException naming file and line, for a bad record under the {@code fail} policy
     */
    static List<Conversation> readAll(RunSession session, Path file, SourceFormat format) {
        List<Conversation> out = new ArrayList<>();
        try (SourceReader in = SourceReader.open(file, format, session.config().badLinePolicy(),
                session.config().maxLineBytes())) {
            in.forEachRemaining(out::add);
            report(session, file, in);
        }
        return out;
    }

    /**
     * The records left out since the last call, by reason, for the report of the stage that read them.
     *
     * @param session the run
     * @return reason to count, empty when nothing was left out
     */
    static Map<String, Long> takeRejections(RunSession session) {
        Map<String, Long> tally = tally(session);
        synchronized (tally) {
            Map<String, Long> out = new LinkedHashMap<>(tally);
            tally.clear();
            return out;
        }
    }

    private static void report(RunSession session, Path file, SourceReader in) {
        Set<Path> reported = session.state().computeIfAbsent(REPORTED, ConcurrentHashMap::newKeySet);
        if (in.skipped() == 0 || !reported.add(file.toAbsolutePath().normalize())) {
            return;
        }
        PrintStream err = session.context().err();
        List<InvalidInputException> problems = in.problems();
        problems.stream().limit(WARNINGS_PER_FILE).forEach(p -> err.println("ultralink: warning: " + p.getMessage()));
        long bad = in.skipped() - in.oversized();
        err.println("ultralink: warning: " + file + ": " + bad + " bad record(s) skipped, " + in.oversized()
                + " line(s) over " + session.config().maxLineBytes() + " bytes dropped"
                + (in.skipped() > WARNINGS_PER_FILE ? " (the first " + WARNINGS_PER_FILE + " are shown)" : ""));
        Map<String, Long> tally = tally(session);
        synchronized (tally) {
            if (bad > 0) {
                tally.merge(BAD_INPUT, bad, Long::sum);
            }
            if (in.oversized() > 0) {
                tally.merge(TOO_LARGE, in.oversized(), Long::sum);
            }
        }
    }

    private static Map<String, Long> tally(RunSession session) {
        return session.state().computeIfAbsent(TALLY, LinkedHashMap::new);
    }
}
