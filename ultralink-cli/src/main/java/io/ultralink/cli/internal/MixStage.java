package io.ultralink.cli.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.mix.DatasetMixer;
import io.ultralink.mix.Deduplicator;
import io.ultralink.mix.MixMode;
import io.ultralink.mix.ReleaseFiles;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers OUTPUT/work/specific and OUTPUT/work/agnostic into the release files
 * OUTPUT/{lang}_{type}.jsonl, in a seeded mixed order with fresh release ids, after removing duplicates
 * ({@link Deduplicator}: one translation per source and language, then exact and near duplicates within a
 * language and type), counted by reason in the stage report. Not API.
 */
final class MixStage implements Stage {

    @Override
    public String name() {
        return "mix";
    }

    @Override
    public StageReport run(RunSession session) {
        if (!session.config().mixFormat().equals("ultralink")) {
            throw new ConfigurationException("config key mix.format (option --format): only 'ultralink' release files "
                    + "are written by this build, was '" + session.config().mixFormat() + "'");
        }
        List<List<SftRecord>> parts = new ArrayList<>();
        long read = 0;
        for (LanguageCode lang : session.config().languages()) {
            for (DataType type : DataType.values()) {
                Path dir = session.work().resolve(type == DataType.CHAT_SPECIFIC ? "specific" : "agnostic");
                Path file = dir.resolve(ReleaseFiles.fileName(lang, type));
                if (Files.isRegularFile(file)) {
                    List<SftRecord> part = read(file, lang, type);
                    read += part.size();
                    parts.add(part);
                }
            }
        }
        List<SftRecord> all = new ArrayList<>();
        parts.forEach(all::addAll);
        Deduplicator.Result dedup = Deduplicator.create().deduplicate(all);
        Map<String, Long> removed = new java.util.LinkedHashMap<>();
        for (Deduplicator.Reason reason : Deduplicator.Reason.values()) {
            long n = dedup.removed(reason);
            if (n > 0) {
                removed.put("duplicate-" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), n);
            }
        }
        List<SftRecord> mixed = new DatasetMixer(MixMode.MIXED, session.config().seed()).mix(List.of(dedup.kept()));
        Map<String, Long> written = ReleaseFiles.write(session.output(), mixed);
        session.progress().info("mix: " + written + (removed.isEmpty() ? "" : ", duplicates removed " + removed));
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        dedup.removed().forEach((file, byReason) -> notes.put("duplicates " + file, byReason.toString()));
        return new StageReport(name(), "done", 0, read, mixed.size(), removed, List.copyOf(written.keySet()), notes);
    }

    private static List<SftRecord> read(Path file, LanguageCode lang, DataType type) {
        List<SftRecord> out = new ArrayList<>();
        try (JsonlReader<SftRecord> r = JsonlRecords.reader(file, RecordFormat.ULTRALINK).policy(BadLinePolicy.FAIL)
                .defaultLanguage(lang).defaultType(type).open()) {
            r.forEachRemaining(out::add);
        }
        return out;
    }
}
