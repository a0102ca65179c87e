package io.ultralink.cli.internal;

import java.util.List;

/** The stages in pipeline order. Not API. */
public final class Stages {

    /** Names in the order {@code run} executes them. */
    public static final List<String> ORDER = List.of("prepare", "generate", "filter", "translate", "prune", "mix",
            "stats");

    private Stages() {
    }

    /**
     * @param name a stage name
     * @return the stage
     */
    public static Stage byName(String name) {
        switch (name) {
            case "stats":
                return new StatsStage();
            case "prepare":
                return unavailable(name, "io.ultralink.text.prepare.KnowledgePreparation (ultralink-text)");
            case "generate":
                return unavailable(name, "io.ultralink.pipeline.specific.LanguageSpecificPipeline (ultralink-core)");
            case "filter":
            case "translate":
            case "prune":
                return unavailable(name, "io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline (ultralink-core)");
            case "mix":
                return unavailable(name, "io.ultralink.mix.DatasetMixer (ultralink-core)");
            default:
                throw new IllegalArgumentException("no stage " + name);
        }
    }

    private static Stage unavailable(String name, String missing) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public StageReport run(RunSession session) {
                throw new StageUnavailableException(name, missing);
            }
        };
    }
}
