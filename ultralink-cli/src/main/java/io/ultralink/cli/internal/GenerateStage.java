package io.ultralink.cli.internal;

import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.cli.progress.Progress;
import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.dialogue.EndingSchedule;
import io.ultralink.error.InvalidInputException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.run.ChangeSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Language-specific dialogues with {@link LanguageSpecificPipeline}, one language at a time (so
 * progress, spend and forecasts are per language) over that language's segments, at most
 * {@code generate.segmentsPerLanguage} of them. Outputs go to OUTPUT/work/specific and resume there.
 * Not API.
 */
final class GenerateStage implements Stage {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public StageReport run(RunSession session) {
        Path segments = session.config().segmentsFile();
        if (session.wholeRun() && session.config().dumps().isEmpty() && !Files.isRegularFile(segments)) {
            return StageReport.skipped(name(), "no segments: no prepare.dumps configured");
        }
        if (!Files.isRegularFile(segments)) {
            throw new InvalidInputException(segments.toString(), 0,
                    "segments file does not exist: run 'ultralink prepare' first (config key prepare.segments)");
        }
        Path outDir = session.work().resolve("specific");
        Map<String, Long> rejections = new LinkedHashMap<>();
        long processed = 0;
        long produced = 0;
        long rerun = 0;
        long secondPass = 0;
        long recovered = 0;
        List<LanguageRun> runs = new ArrayList<>();
        ChangeSet changes = new ChangeSet(name());
        for (LanguageCode lang : session.config().languages()) {
            Path input = split(session, segments, lang);
            long count = lines(input);
            if (count == 0) {
                continue;
            }
            LanguageRun run = new LanguageRun(lang, input, count, new TaskSteps());
            LanguageSpecificPipeline pipeline = pipeline(session, outDir, run.steps(), lang);
            session.manifest().fingerprint("generate " + lang, pipeline.fingerprint(lang));
            changes.addAll(pipeline.changes(input));
            runs.add(run.with(pipeline));
        }
        changes.enforce(session.store().resumeMode());
        for (LanguageRun run : runs) {
            RunSummary summary;
            try (var task = session.progress().start("generate " + run.lang(), run.count())) {
                run.steps().task = task;
                summary = run.pipeline().run(run.input());
            }
            session.checkLimits();
            processed += summary.segments();
            produced += summary.dialogues();
            summary.rejections().forEach((reason, n) -> rejections.merge(
                    reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), n, Long::sum));
            summary.failed().forEach((reason, n) -> rejections.merge("failed:" + reason, n, Long::sum));
            if (summary.noDialogue() > 0) {
                rejections.merge("no-dialogue", summary.noDialogue(), Long::sum);
            }
            rerun += summary.rerun();
            secondPass += summary.secondPass();
            recovered += summary.recovered();
        }
        return new StageReport(name(), "done", 0, processed, produced, rejections, List.of("work/specific"),
                resumeNotes(rerun, secondPass, recovered));
    }

    private static LanguageSpecificPipeline pipeline(RunSession session, Path outDir, TaskSteps steps,
            LanguageCode lang) {
        var builder = LanguageSpecificPipeline.builder();
        session.waves().ifPresent(builder::waves);
        return builder
                .model(io.ultralink.llm.usage.UsageLabels.label(session.chatModel(), "generate", lang.code()))
                .packs(session.packs())
                .detector(session.detector())
                .normaliser(session.normaliser())
                .tokenCounter(session.tokenCounter())
                .seed(session.config().seed())
                .concurrency(concurrency(session))
                .settings(settings(session.config().generate(), session.config().dryRun()))
                .outputDir(outDir)
                .runStore(session.store())
                .retryFailed(true)
                .progressListener(steps::onProgress)
                .build();
    }

    /** One language's input and pipeline. */
    private record LanguageRun(LanguageCode lang, Path input, long count, TaskSteps steps,
            LanguageSpecificPipeline pipeline) {
        LanguageRun(LanguageCode lang, Path input, long count, TaskSteps steps) {
            this(lang, input, count, steps, null);
        }

        LanguageRun with(LanguageSpecificPipeline value) {
            return new LanguageRun(lang, input, count, steps, value);
        }
    }

    /** Moves a progress task on as a pipeline reports; the task is set when the language starts. */
    private static final class TaskSteps {
        volatile Progress.Task task;
        private long last;

        synchronized void onProgress(io.ultralink.pipeline.specific.Progress p) {
            long done = p.processed() + p.skipped();
            if (task != null) {
                task.stepBy(Math.max(0, done - last));
            }
            last = Math.max(last, done);
        }
    }

    /** What a resumed run redid and what the second pass recovered, for the manifest. */
    static Map<String, String> resumeNotes(long rerun, long secondPass, long recovered) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (rerun > 0) {
            notes.put("redoneAfterChange", Long.toString(rerun));
        }
        if (secondPass > 0) {
            notes.put("triedAgainAtEnd", Long.toString(secondPass));
            notes.put("recoveredAtEnd", Long.toString(recovered));
        }
        return notes;
    }

    /** Writes the language's segments, at most the configured number, to a work file. */
    private static Path split(RunSession session, Path segments, LanguageCode lang) {
        Integer limit = session.config().generate().segmentsPerLanguage();
        Path out = session.work().resolve("segments").resolve(lang.code() + ".jsonl");
        try {
            Files.createDirectories(out.getParent());
            long written = 0;
            try (JsonlReader<Segment> in = SegmentJsonl.open(segments, BadLinePolicy.FAIL);
                    BufferedWriter w = Files.newBufferedWriter(out)) {
                while (in.hasNext() && (limit == null || limit <= 0 || written < limit)) {
                    Segment s = in.next();
                    if (s.source().language().equals(lang)) {
                        w.write(SegmentJsonl.toLine(s));
                        w.newLine();
                        written++;
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UltraLinkException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static long lines(Path file) {
        try (var l = Files.lines(file)) {
            return l.filter(s -> !s.isBlank()).count();
        } catch (IOException e) {
            throw new UltraLinkException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Concurrent dialogues or items: in batch mode the wave size, otherwise {@code backend.concurrency}. */
    static int concurrency(RunSession session) {
        if (session.config().batchMode() && !session.config().dryRun()) {
            return session.config().waveSize();
        }
        Integer c = session.config().backend().concurrency();
        return c == null || c < 1 ? 1 : c;
    }

    private static DialogueSettings settings(UltraLinkConfig.Generate g, boolean dryRun) {
        DialogueSettings.Builder b = DialogueSettings.builder();
        if (g.maxTurns() != null) {
            EndingSchedule d = EndingSchedule.DEFAULT;
            b.schedule(new EndingSchedule(d.startProbability(), d.factor(), g.maxTurns()));
        }
        if (g.maxTokens() != null) {
            b.maxAnswerTokens(g.maxTokens());
            b.maxQuestionTokens(Math.min(g.maxTokens(), 512));
        }
        if (g.temperature() != null) {
            b.temperature(g.temperature());
        }
        if (dryRun) {
            b.maxQuestionAttempts(1).repetitionGates(false);
        }
        String preset = g.preset() == null ? "default" : g.preset().strip().toLowerCase(Locale.ROOT);
        switch (preset) {
            case "default" -> { }
            case "strict" -> b.groundednessJudge(true);
            default -> throw new io.ultralink.error.ConfigurationException("config key 'generate.preset' (option "
                    + "--preset): must be default or strict, was '" + g.preset() + "'");
        }
        return b.build();
    }
}
