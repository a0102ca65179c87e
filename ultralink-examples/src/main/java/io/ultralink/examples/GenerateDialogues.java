package io.ultralink.examples;

import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.dialogue.PromptLayout;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.backends.Backends;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.text.segment.SegmenterSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Generates knowledge-grounded dialogues for one language from a Wikipedia dump, or from a segments
 * file, with any configured backend.
 *
 * <pre>
 * GenerateDialogues INPUT OUT_DIR [key=value ...]
 * GenerateDialogues zhwiki-latest-pages-articles.xml.bz2 out model=gpt-4o-mini          (OPENAI_API_KEY set)
 * GenerateDialogues enwiki-minidump.xml.bz2 out model-file=stories260K.gguf cache-prompt=true segment-tokens=150-299 document-tokens=150-3000 answer-tokens=48
 * GenerateDialogues segments.jsonl out backend=openai base-url=http://localhost:8000/v1 model=qwen
 * </pre>
 *
 * INPUT ending in {@code .jsonl} is a segments file; anything else is a dump, prepared first into
 * {@code OUT_DIR/segments.jsonl} (see {@link DumpToDialogues}). Keys of this program:
 * {@code language} (default: from the dump's name), {@code segment-tokens=MIN-MAX} (default
 * 1000-2000), {@code document-tokens=MIN-MAX} (default 1000-10000, raised to the segment minimum),
 * {@code question-tokens}, {@code answer-tokens} (completion limits), {@code layout} (PAPER or
 * CACHE_FRIENDLY), {@code seed} (42), {@code concurrency} (4). Every other key goes to
 * {@link Backends#resolve}: {@code model-file} for the embedded llama.cpp backend, or {@code model}
 * with an API's environment, or {@code backend} to choose explicitly. Run it again after an
 * interruption to continue.
 */
public final class GenerateDialogues {

    private GenerateDialogues() {
    }

    /** Runs the example; exits with 0 when done, 1 on an error, 2 on bad arguments. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: GenerateDialogues INPUT OUT_DIR [key=value ...]");
            System.exit(2);
        }
        Map<String, String> settings = ExampleArgs.keys(args, 2);
        int status = 0;
        try {
            run(Path.of(args[0]), Path.of(args[1]), settings);
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            status = 1;
        }
        // the embedded llama.cpp backend leaves a native thread running: end explicitly
        System.exit(status);
    }

    private static void run(Path input, Path outDir, Map<String, String> settings) {
        String language = settings.remove("language");
        SegmenterSettings bounds = ExampleArgs.bounds(settings);
        DialogueSettings.Builder dialogue = DialogueSettings.builder();
        take(settings, "question-tokens").ifPresent(v -> dialogue.maxQuestionTokens(Integer.parseInt(v)));
        take(settings, "answer-tokens").ifPresent(v -> dialogue.maxAnswerTokens(Integer.parseInt(v)));
        take(settings, "layout").ifPresent(v -> dialogue.layout(PromptLayout.valueOf(v.toUpperCase(Locale.ROOT))));
        long seed = Long.parseLong(settings.getOrDefault("seed", "42"));
        settings.remove("seed");
        int concurrency = Integer.parseInt(settings.getOrDefault("concurrency", "4"));
        settings.remove("concurrency");

        DumpToDialogues method = new DumpToDialogues(LanguagePacks.load(), bounds);
        try (ChatModel model = Backends.resolve(new ChatModelConfig(settings))) {
            System.out.println("model: " + model);
            Path segments = input.getFileName().toString().endsWith(".jsonl") ? input
                    : method.prepare(input, language == null ? null : LanguageCode.of(language), outDir);
            RunSummary s = method.generate(segments, model, dialogue.build(), seed, concurrency, outDir, p -> {
                if (p.processed() % 10 == 0) {
                    System.out.printf("%d/%d segments, %.2f/s, %d tokens%n", p.processed() + p.skipped(),
                            p.total(), p.perSecond(), p.usage().totalTokens());
                }
            });
            System.out.printf("dialogues %d (no dialogue %d, already done %d, failed %s), turns %d, "
                    + "avg question %.1f / answer %.1f tokens, rejections %s, usage %s%n", s.dialogues(),
                    s.noDialogue(), s.alreadyDone(), s.failed(), s.turns(), s.averageQuestionTokens(),
                    s.averageAnswerTokens(), s.rejections(), s.usage());
        }
    }

    private static Optional<String> take(Map<String, String> settings, String key) {
        return Optional.ofNullable(settings.remove(key));
    }
}
