package io.ultralink.spark;

import io.ultralink.error.TransientLlmException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.testing.agnostic.FakeAgnosticModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import io.ultralink.testing.agnostic.ScriptedChatModel;
import io.ultralink.translate.VerifiedTranslator;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.spark.TaskContext;

/**
 * The language-agnostic pipeline of the translation tests: {@link FakeAgnosticModel} (its judge flags "Boston",
 * translation of a text with "glacier" fails), the marker detector, seed 11. With {@code failFirstAttempts} the
 * first attempt of every task dies at the third model call of a pipeline it built, as on a lost executor; with
 * {@code judgeDownOnTides} the judge fails on the conversation about tides. Counts model calls.
 */
record FakeAgnostic(int maxAttempts, boolean failFirstAttempts, boolean judgeDownOnTides) implements AgnosticFactory {

    /** With the judge up. */
    FakeAgnostic(int maxAttempts, boolean failFirstAttempts) {
        this(maxAttempts, failFirstAttempts, false);
    }

    static final LanguagePacks PACKS = LanguagePacks.builder().addBuiltIn().build();
    /** Model calls made in this JVM, by any pipeline this factory built. */
    static final AtomicInteger CALLS = new AtomicInteger();
    /** Task attempts killed, in this JVM. */
    static final AtomicInteger KILLED = new AtomicInteger();

    @Override
    public LanguageAgnosticPipeline create(LanguageCode target, Path outputDir) {
        return pipeline(model(), target, outputDir);
    }

    /** The pipeline of one target over {@code model}, as the single-machine reference builds it too. */
    LanguageAgnosticPipeline pipeline(ChatModel model, LanguageCode target, Path outputDir) {
        var detector = new MarkerLanguageDetector(LanguageCode.ES);
        return LanguageAgnosticPipeline.builder(model, PACKS, detector).targets(java.util.List.of(target)).seed(11)
                .concurrency(2).outputDir(outputDir)
                .translator(VerifiedTranslator.builder(model, PACKS, detector).maxAttempts(maxAttempts).build())
                .build();
    }

    /** The scripted model, counting its calls and, if asked, killing first task attempts. */
    ChatModel model() {
        ChatModel fake = new FakeAgnosticModel(Set.of("Boston"), UnaryOperator.identity(), "glacier");
        // the pipeline calls the model from its own threads: the task is the one that built the model
        TaskContext task = TaskContext.get();
        AtomicInteger calls = new AtomicInteger();
        return new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                CALLS.incrementAndGet();
                if (failFirstAttempts && task != null && task.attemptNumber() == 0 && calls.incrementAndGet() == 3) {
                    KILLED.incrementAndGet();
                    throw new EchoPipeline.SimulatedExecutorLoss("task " + task.partitionId() + " attempt 0 lost");
                }
                if (judgeDownOnTides && request.stage().filter("culture-filter"::equals).isPresent()
                        && ScriptedChatModel.lastUser(request).contains("tides")) {
                    throw new TransientLlmException("judge unavailable");
                }
                return fake.chat(request);
            }

            @Override
            public String modelName() {
                return fake.modelName();
            }
        };
    }
}
