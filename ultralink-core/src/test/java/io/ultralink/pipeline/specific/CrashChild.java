package io.ultralink.pipeline.specific;

import io.ultralink.language.LanguagePacks;
import io.ultralink.testing.EchoModel;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.SimpleTokenCounter;
import java.nio.file.Path;

/**
 * The program {@link PipelineCrashTest} runs in a child JVM and kills: the pipeline over a segments
 * file with a slow deterministic model. Arguments: segments file, output folder, pause per call in ms.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /** Runs the pipeline and exits 0 when it completes. */
    public static void main(String[] args) {
        pipeline(Path.of(args[1]), Long.parseLong(args[2])).run(Path.of(args[0]));
        System.exit(0);
    }

    /** The pipeline both the child and the reference run use. */
    static LanguageSpecificPipeline pipeline(Path out, long pauseMillis) {
        return LanguageSpecificPipeline.builder().model(new EchoModel(pauseMillis, d -> false))
                .packs(LanguagePacks.load()).detector(new ScriptDetector()).tokenCounter(new SimpleTokenCounter())
                .seed(2024).concurrency(4).openAiOutput(true).outputDir(out).build();
    }
}
