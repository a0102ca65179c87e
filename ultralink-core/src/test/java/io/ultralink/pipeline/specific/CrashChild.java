package io.ultralink.pipeline.specific;

import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.testing.LoopbackModel;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.SimpleTokenCounter;
import java.nio.file.Path;

/**
 * The program {@link PipelineCrashTest} runs in a child JVM and kills: the pipeline over a segments
 * file with a model on a slow loopback server. Arguments: segments file, output folder, server port.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /** Runs the pipeline and exits 0 when it completes. */
    public static void main(String[] args) {
        pipeline(Path.of(args[1]), new LoopbackModel(Integer.parseInt(args[2]))).run(Path.of(args[0]));
        System.exit(0);
    }

    /** The pipeline both the child and the reference run use. */
    static LanguageSpecificPipeline pipeline(Path out, ChatModel model) {
        return LanguageSpecificPipeline.builder().model(model)
                .packs(LanguagePacks.load()).detector(new ScriptDetector()).tokenCounter(new SimpleTokenCounter())
                .seed(2024).concurrency(4).openAiOutput(true).outputDir(out).build();
    }
}
