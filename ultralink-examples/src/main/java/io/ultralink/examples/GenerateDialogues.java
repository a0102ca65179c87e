package io.ultralink.examples;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModels;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates knowledge-grounded dialogues from a segments file with any configured backend.
 *
 * <pre>
 * GenerateDialogues SEGMENTS.jsonl OUT_DIR BACKEND [key=value ...]
 * GenerateDialogues zh_segments.jsonl out openai model=gpt-4o-mini api-key-env=OPENAI_API_KEY
 * </pre>
 *
 * Writes {@code OUT_DIR/{lang}_chat_specific.jsonl} (and the OpenAI-messages form, provenance,
 * done-log and failures next to it); run it again after an interruption to continue. This example
 * only needs {@code ultralink-core} and a backend: its token counter splits on white space and Han
 * characters, and its language check accepts every text. For real data use the {@code ultralink-text}
 * implementations instead: {@code LinguaLanguageDetector.forPacks(packs.all())},
 * {@code OpenCcScriptNormaliser.create()} and {@code JtokkitTokenCounter.cl100k()}.
 */
public final class GenerateDialogues {

    private GenerateDialogues() {
    }

    /** Runs the example; exits with 0 when done, 2 on bad arguments. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: GenerateDialogues SEGMENTS.jsonl OUT_DIR BACKEND [key=value ...]");
            System.exit(2);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            settings.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        LanguagePacks packs = LanguagePacks.load();
        try (ChatModel model = ChatModels.create(args[2], new ChatModelConfig(settings))) {
            RunSummary summary = LanguageSpecificPipeline.builder()
                    .model(model)
                    .packs(packs)
                    .detector(ACCEPT_ALL)
                    .normaliser(ScriptNormaliser.identity())
                    .tokenCounter(WORDS)
                    .seed(42)
                    .concurrency(4)
                    .openAiOutput(true)
                    .outputDir(Path.of(args[1]))
                    .progressListener(p -> {
                        if (p.processed() % 10 == 0) {
                            System.out.printf("%d/%d segments, %.2f/s, %d tokens%n", p.processed() + p.skipped(),
                                    p.total(), p.perSecond(), p.usage().totalTokens());
                        }
                    })
                    .build()
                    .run(Path.of(args[0]));
            System.out.printf("dialogues %d (no dialogue %d, already done %d, failed %s), turns %d, "
                    + "avg question %.1f / answer %.1f tokens, rejections %s%n", summary.dialogues(),
                    summary.noDialogue(), summary.alreadyDone(), summary.failed(), summary.turns(),
                    summary.averageQuestionTokens(), summary.averageAnswerTokens(), summary.rejections());
        }
        // an embedded llama.cpp backend leaves a native thread running: end explicitly
        System.exit(0);
    }

    private static final LanguageDetector ACCEPT_ALL = new LanguageDetector() {
        @Override
        public LanguageDetection detect(String text) {
            return LanguageDetection.UNKNOWN;
        }

        @Override
        public boolean isLanguage(String text, LanguagePack pack) {
            return true;
        }
    };

    private static final TokenCounter WORDS = new TokenCounter() {
        @Override
        public int countTokens(String text) {
            return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count() + text.split("[\\s\\p{IsHan}]+").length;
        }

        @Override
        public String encodingName() {
            return "words";
        }
    };
}
