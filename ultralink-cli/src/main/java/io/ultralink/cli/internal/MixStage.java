package io.ultralink.cli.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.mix.DatasetMixer;
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
 * OUTPUT/{lang}_{type}.jsonl, in a seeded mixed order with fresh release ids. Not API.
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
        List<SftRecord> mixed = new DatasetMixer(MixMode.MIXED, session.config().seed()).mix(parts);
        Map<String, Long> written = ReleaseFiles.write(session.output(), mixed);
        session.progress().info("mix: " + written);
        return new StageReport(name(), "done", 0, read, mixed.size(), Map.of(), List.copyOf(written.keySet()), Map.of());
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
