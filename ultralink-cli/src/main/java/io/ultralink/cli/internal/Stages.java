package io.ultralink.cli.internal;

import java.util.List;

/** The stages in pipeline order. Not API. */
public final class Stages {

    /** Names in the order {@code run} executes them. */
    public static final List<String> ORDER = List.of("prepare", "generate", "filter", "prune", "translate", "mix",
            "stats");

    private Stages() {
    }

    /**
     * @param name a stage name
     * @return the stage
     */
    public static Stage byName(String name) {
        switch (name) {
            case "prepare":
                return new PrepareStage();
            case "generate":
                return new GenerateStage();
            case "filter":
                return AgnosticStages.filter();
            case "prune":
                return AgnosticStages.prune();
            case "translate":
                return AgnosticStages.translate();
            case "mix":
                return new MixStage();
            case "stats":
                return new StatsStage();
            default:
                throw new IllegalArgumentException("no stage " + name);
        }
    }
}
