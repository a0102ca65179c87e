package io.ultralink.text.prepare;

import java.nio.file.Path;
import java.util.List;

/** Child-process entry of {@link ResumeTest}: prepares {@code args[0]} into {@code args[1]} slowly, until killed. */
public final class ResumeChild {

    private ResumeChild() {
    }

    /** Runs the preparation. */
    public static void main(String[] args) {
        KnowledgePreparation.builder().threads(2).checkpointEvery(4).languageDetector(ResumeFixtures.slow(40))
                .build().run(List.of(Path.of(args[0])), Path.of(args[1]));
        System.exit(0);
    }
}
