package io.ultralink.cli.internal;

import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.language.LanguagePack;
import io.ultralink.run.AtomicFiles;
import io.ultralink.run.ChangedWorkException;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.ResumeMode;
import io.ultralink.text.prepare.DropReason;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.prepare.PreparationFailedException;
import io.ultralink.text.prepare.PreparationReport;
import io.ultralink.text.segment.SegmenterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Knowledge preparation with {@link KnowledgePreparation}: dumps to the segments file. A finished
 * preparation leaves its report and a fingerprint of its inputs (dumps, bounds, encoding, language
 * settings) beside the segments; a later run with the same fingerprint skips the stage. Under another
 * fingerprint the run stops naming what changed, unless it was asked to rerun changed work or start
 * over, which prepare afresh. An unfinished preparation resumes from its checkpoint. Not API.
 */
final class PrepareStage implements Stage {

    @Override
    public String name() {
        return "prepare";
    }

    @Override
    public StageReport run(RunSession session) {
        List<Path> dumps = session.config().dumps();
        if (dumps.isEmpty() && session.wholeRun()) {
            return StageReport.skipped(name(), "no prepare.dumps configured");
        }
        if (dumps.isEmpty()) {
            throw new ConfigurationException("no dumps to prepare: set config key prepare.dumps (option --dump)");
        }
        for (Path dump : dumps) {
            if (!Files.isRegularFile(dump)) {
                throw new InvalidInputException(dump.toString(), 0,
                        "dump file does not exist (config key prepare.dumps, option --dump)");
            }
        }
        checkLanguages(session, dumps);
        Path segments = session.config().segmentsFile();
        Path reportFile = reportFile(segments);
        Path fingerprintFile = segments.resolveSibling(segments.getFileName() + ".inputs");
        Fingerprint fingerprint = fingerprint(session, dumps);
        session.manifest().fingerprint("prepare", fingerprint);
        ResumeMode mode = session.store().resumeMode();
        boolean finished = Files.isRegularFile(reportFile) && Files.isRegularFile(segments)
                && Files.isRegularFile(fingerprintFile);
        if (finished && mode != ResumeMode.FRESH) {
            String saved = readQuietly(fingerprintFile);
            if (fingerprint.toString().equals(saved)) {
                session.progress().info("prepare: already done for these dumps and settings (" + reportFile + ")");
                return StageReport.skipped(name(), "already prepared: " + reportFile);
            }
            if (mode == ResumeMode.RESUME) {
                throw new ChangedWorkException("prepare", 1, fingerprint.changesFrom(Fingerprint.parse(saved)));
            }
        }
        boolean fresh = finished || mode == ResumeMode.FRESH;
        delete(fingerprintFile);
        delete(reportFile);
        PreparationReport report;
        try (var task = session.progress().start("prepare (dumps)", dumps.size())) {
            KnowledgePreparation.Builder builder = KnowledgePreparation.builder();
            session.config().dumpLanguage().ifPresent(builder::language);
            report = builder
                    .packs(session.packs())
                    .keepReferenceSections(keepReferences(session))
                    .tokenCounter(session.tokenCounter())
                    .segmenterSettings(settings(session.config().prepare()))
                    .languageDetector(session.detector())
                    .maxPageBytes(session.config().maxPageBytes())
                    .runStore(session.store())
                    .fresh(fresh)
                    .build()
                    .run(dumps, segments);
            task.stepBy(dumps.size());
        } catch (PreparationFailedException e) {
            e.report().writeJson(reportFile);
            session.context().err().println("ultralink: prepare stopped at a dump it cannot read; the "
                    + e.report().segmentsWritten() + " segments written before are kept in " + segments
                    + " and the report of what was counted is in " + reportFile);
            throw e;
        }
        report.writeJson(reportFile);
        AtomicFiles.replace(fingerprintFile, fingerprint.toString());
        Map<String, Long> rejections = new LinkedHashMap<>();
        report.dropped().forEach((DropReason reason, Long n) -> {
            if (n > 0) {
                rejections.put(reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), n);
            }
        });
        session.progress().info(String.format(Locale.ROOT, "prepare: %d pages read, %d kept, %d segments; %d "
                + "reference sections (%d characters) dropped", report.pagesRead(), report.pagesKept(),
                report.segmentsWritten(), report.referenceSectionsDropped(), report.referenceCharsDropped()));
        return new StageReport(name(), "done", 0, report.pagesRead(), report.segmentsWritten(), rejections,
                List.of(session.output().relativize(segments.toAbsolutePath()).toString()),
                Map.of("encoding", report.tokenEncoding(),
                        "referenceSectionsDropped", Long.toString(report.referenceSectionsDropped()),
                        "referenceCharsDropped", Long.toString(report.referenceCharsDropped())));
    }

    /** Every dump's language is known, from prepare.language or its name, and has a pack. */
    private static void checkLanguages(RunSession session, List<Path> dumps) {
        java.util.Optional<io.ultralink.model.LanguageCode> given = session.config().dumpLanguage();
        for (Path dump : dumps) {
            if (given.isPresent() || Files.isDirectory(dump)) {
                continue;
            }
            io.ultralink.model.LanguageCode code = KnowledgePreparation.languageFromName(dump).orElseThrow(() ->
                    new ConfigurationException("cannot tell the language of dump " + dump + " from its name (it does"
                            + " not start with {lang}wiki-): give it with --language CODE (config key prepare.language)"));
            if (session.packs().find(code).isEmpty()) {
                throw new ConfigurationException("dump " + dump + " is in '" + code + "', which has no language pack;"
                        + " available: " + session.packs().codes() + ". Add one with --pack FILE (config key packs);"
                        + " 'ultralink pack init " + code + " --from en' writes a scaffold");
            }
        }
    }

    private static boolean keepReferences(RunSession session) {
        return Boolean.TRUE.equals(session.config().prepare().keepReferenceSections());
    }

    /**
     * What the segments depend on: each dump's path, size and time, the bounds, the encoding and the
     * language settings of the packs.
     */
    private static Fingerprint fingerprint(RunSession session, List<Path> dumps) {
        Fingerprint.Builder b = Fingerprint.builder();
        try {
            for (int i = 0; i < dumps.size(); i++) {
                Path d = dumps.get(i);
                b.put("dump." + i, d.toAbsolutePath() + " " + Files.size(d) + " bytes, modified "
                        + Files.getLastModifiedTime(d).toMillis());
            }
        } catch (IOException e) {
            throw new UltraLinkException("cannot read " + e.getMessage(), e);
        }
        b.put("segmenter", settings(session.config().prepare())).put("encoding", session.tokenCounter().encodingName())
                .put("language", session.config().dumpLanguage().map(Object::toString).orElse("from-name"))
                .put("referenceSections", keepReferences(session) ? "kept" : "dropped");
        for (LanguagePack pack : session.packs().all()) {
            b.put("pack." + pack.code() + ".languageId", pack.languageId())
                    .put("pack." + pack.code() + ".scriptConversion", pack.scriptConversion())
                    .put("pack." + pack.code() + ".referenceSections", pack.referenceSections());
        }
        return b.build();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    static Path reportFile(Path segments) {
        return segments.resolveSibling(segments.getFileName() + ".report.json");
    }

    private static SegmenterSettings settings(UltraLinkConfig.Prepare p) {
        SegmenterSettings d = SegmenterSettings.defaults();
        UltraLinkConfig.Range doc = p.documentTokens() == null ? new UltraLinkConfig.Range(null, null) : p.documentTokens();
        UltraLinkConfig.Range seg = p.segmentTokens() == null ? new UltraLinkConfig.Range(null, null) : p.segmentTokens();
        try {
            return new SegmenterSettings(
                    doc.min() == null ? d.minDocumentTokens() : doc.min(),
                    doc.max() == null ? d.maxDocumentTokens() : doc.max(),
                    seg.min() == null ? d.minSegmentTokens() : seg.min(),
                    seg.max() == null ? d.maxSegmentTokens() : seg.max());
        } catch (ConfigurationException e) {
            throw new ConfigurationException("config keys prepare.documentTokens / prepare.segmentTokens: "
                    + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UltraLinkException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
