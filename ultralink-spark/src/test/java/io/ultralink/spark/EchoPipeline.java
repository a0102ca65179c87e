package io.ultralink.spark;

import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.testing.EchoModel;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.SimpleTokenCounter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;

/**
 * The pipeline of the generation tests: the scripted {@link EchoModel}; with {@code failFirstAttempts}, the
 * first attempt of every task dies after a few model calls (as on a lost executor), once its rows have begun to
 * be written.
 */
record EchoPipeline(String scratch, boolean failFirstAttempts, long seed) implements PipelineFactory {

    /** The pipeline with seed 11. */
    EchoPipeline(String scratch, boolean failFirstAttempts) {
        this(scratch, failFirstAttempts, 11);
    }

    /** How many task attempts were killed, in this JVM. */
    static final AtomicInteger KILLED = new AtomicInteger();

    /** A failure the generation code does not catch, as when an executor is lost. */
    static final class SimulatedExecutorLoss extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedExecutorLoss(String message) {
            super(message);
        }
    }

    @Override
    public LanguageSpecificPipeline create() {
        ChatModel echo = new EchoModel();
        ChatModel model = !failFirstAttempts ? echo : new ChatModel() {
            private final java.util.Map<Long, AtomicInteger> callsByAttempt = new java.util.concurrent.ConcurrentHashMap<>();

            @Override
            public ChatResponse chat(ChatRequest request) {
                TaskContext task = TaskContext.get();
                if (task != null && task.attemptNumber() == 0) {
                    int calls = callsByAttempt.computeIfAbsent(task.taskAttemptId(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (calls == 7) {
                        KILLED.incrementAndGet();
                        throw new SimulatedExecutorLoss("task " + task.partitionId() + " attempt 0 lost");
                    }
                }
                return echo.chat(request);
            }

            @Override
            public String modelName() {
                return echo.modelName();
            }
        };
        return pipeline(model, Path.of(scratch), seed);
    }

    /** The pipeline over {@code model}, as the single-machine run in the tests builds it. */
    static LanguageSpecificPipeline pipeline(ChatModel model, Path out) {
        return pipeline(model, out, 11);
    }

    /** The same with another seed. */
    static LanguageSpecificPipeline pipeline(ChatModel model, Path out, long seed) {
        return LanguageSpecificPipeline.builder().model(model).packs(LanguagePacks.load())
                .detector(new ScriptDetector()).tokenCounter(new SimpleTokenCounter()).seed(seed).concurrency(2)
                .outputDir(out).build();
    }
}
