package io.ultralink.cli.internal;

import io.ultralink.error.InvalidInputException;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import io.ultralink.stats.DatasetCard;
import io.ultralink.stats.DatasetStatistics;
import io.ultralink.stats.QualityReport;
import io.ultralink.stats.TypeStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Computes the statistics of the output folder and writes the dataset card {@code README.md} and
 * the charts. Rejections, models and seeds come from the stage reports of this session and from a
 * run manifest left by an earlier run. Not API.
 */
final class StatsStage implements Stage {

    /** The card's file name. */
    static final String CARD = "README.md";

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public StageReport run(RunSession session) {
        long start = System.nanoTime();
        Path folder = session.output();
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), 0, "dataset folder does not exist (option --output, config key output)");
        }
        List<Path> files = DatasetStatistics.datasetFiles(folder);
        DatasetStatistics stats;
        try (var task = session.progress().start("stats", files.size())) {
            stats = DatasetStatistics.compute(folder, session.tokenCounter());
            task.stepBy(files.size());
        }
        List<DatasetCard.Chart> charts = new ArrayList<>(ChartWriter.write(stats, folder));
        QualityReport quality = QualityReport.read(session.work().resolve("agnostic"));
        ChartWriter.writeScores(quality, folder).ifPresent(charts::add);
        DatasetCard.Builder card = DatasetCard.builder().statistics(stats).title("UltraLink dataset: " + folder.getFileName())
                .quality(quality);
        charts.forEach(card::addChart);
        if (!describeRun(session, card)) {
            LanguagePacks packs = session.packs();
            for (LanguageCode lang : stats.languages()) {
                Optional<LanguagePack> pack = packs.find(lang);
                pack.ifPresent(p -> card.promptVersion("pack " + lang.code(), p.promptVersion()));
            }
        }
        card.build().write(folder.resolve(CARD));
        TypeStatistics total = stats.total();
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("dialogues", Long.toString(total.dialogues()));
        notes.put("turns", Long.toString(total.turns()));
        List<String> outputs = new ArrayList<>(List.of(CARD));
        charts.forEach(c -> outputs.add(c.file()));
        return new StageReport(name(), "done", (System.nanoTime() - start) / 1e9, files.size(), total.dialogues(),
                Map.of(), outputs, notes);
    }

    /** Adds models, seeds, prompt versions and rejections; returns whether prompt versions were found. */
    private static boolean describeRun(RunSession session, DatasetCard.Builder card) {
        card.seed("run seed", Long.toString(session.config().seed()));
        Optional<JsonNode> earlier = RunManifest.read(session.output());
        boolean[] versions = {false};
        session.ledger().promptVersions().forEach((k, v) -> {
            card.promptVersion(k, String.join(", ", v));
            versions[0] = true;
        });
        earlier.ifPresent(m -> {
            if (m.path("promptVersions").isObject()) {
                for (Map.Entry<String, JsonNode> e : m.path("promptVersions").properties()) {
                    card.promptVersion(e.getKey(), e.getValue().asString());
                    versions[0] = true;
                }
            }
            JsonNode model = m.get("model");
            if (model != null && model.isString() && !session.hasChatModel()) {
                card.addModel(model.stringValue());
            }
            JsonNode stages = m.get("stages");
            if (stages != null && stages.isArray()) {
                for (JsonNode s : stages) {
                    addRejections(card, s.path("stage").asString(), s.path("processed").asLong(), s.path("rejections"));
                }
            }
        });
        if (session.hasChatModel()) {
            card.addModel(session.chatModel().modelName());
        }
        return versions[0];
    }

    private static void addRejections(DatasetCard.Builder card, String stage, long processed, JsonNode rejections) {
        if (stage.isEmpty() || stage.equals("stats") || !rejections.isObject()) {
            return;
        }
        card.processed(stage, processed);
        for (Map.Entry<String, JsonNode> e : rejections.properties()) {
            card.addRejection(new DatasetCard.Rejection(stage, e.getKey(), e.getValue().asLong()));
        }
    }
}
