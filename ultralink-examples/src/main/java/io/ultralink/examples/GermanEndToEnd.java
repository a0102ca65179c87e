package io.ultralink.examples;

import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.backends.Backends;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.specific.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A new language without code: German comes only from the pack file {@code packs/de.yaml} of this
 * module and its line in {@code META-INF/ultralink/language-packs.txt}. This program loads the packs
 * from the class path, prepares a German Wikipedia dump and generates German dialogues with a
 * backend chosen on the command line, through the same classes as every other language.
 *
 * <pre>
 * GermanEndToEnd DEWIKI_DUMP OUT_DIR [key=value ...]
 * GermanEndToEnd dewiki-latest-pages-articles.xml.bz2 out model=gpt-4o-mini                  (OPENAI_API_KEY set)
 * GermanEndToEnd dewiki-minidump.xml.bz2 out model-file=qwen2.5-0.5b-instruct-q4_k_m.gguf segments=5 segment-tokens=150-299 document-tokens=150-100000
 * </pre>
 *
 * Keys of this program: {@code segments} (generate for the first N segments only; default all),
 * {@code segment-tokens=MIN-MAX} (default 1000-2000), {@code document-tokens=MIN-MAX} (default
 * 1000-10000, raised to the segment minimum), {@code question-tokens}, {@code answer-tokens},
 * {@code seed} (42), {@code concurrency} (4). Every other key goes to {@link Backends#resolve}
 * ({@code model-file} for the embedded llama.cpp backend, {@code model} with an API's environment,
 * {@code backend} to choose). Segments go to {@code OUT_DIR/prepared/}; dialogues to
 * {@code OUT_DIR/de_chat_specific.jsonl} with provenance; run again after an interruption to continue.
 */
public final class GermanEndToEnd {

    /** The language this example adds. */
    public static final LanguageCode GERMAN = LanguageCode.of("de");

    private GermanEndToEnd() {
    }

    /** Runs the example; exits with 0 when done, 1 on an error, 2 on bad arguments. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: GermanEndToEnd DEWIKI_DUMP OUT_DIR [key=value ...]");
            System.exit(2);
        }
        int status = 0;
        try {
            RunSummary s = run(Path.of(args[0]), Path.of(args[1]), ExampleArgs.keys(args, 2),
                    backend -> Backends.resolve(new ChatModelConfig(backend)));
            System.out.printf("German dialogues %d (no dialogue %d, already done %d, failed %s), turns %d, "
                    + "rejections %s, usage %s%n", s.dialogues(), s.noDialogue(), s.alreadyDone(), s.failed(),
                    s.turns(), s.rejections(), s.usage());
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            status = 1;
        }
        // the embedded llama.cpp backend leaves a native thread running: end explicitly
        System.exit(status);
    }

    /**
     * Prepares {@code dump} as German and generates its dialogues.
     *
     * @param keys the {@code key=value} options of {@link #main}
     * @param backend opens the model from the keys this program does not use; the model is closed here
     * @return the generation summary
     * @throws ConfigurationException if no German pack is on the class path
     */
    public static RunSummary run(Path dump, Path outDir, Map<String, String> keys,
            Function<Map<String, String>, ChatModel> backend) {
        Map<String, String> settings = new LinkedHashMap<>(keys);
        LanguagePacks packs = LanguagePacks.load();
        LanguagePack german = packs.find(GERMAN).orElseThrow(() -> new ConfigurationException(
                "no German pack on the class path (META-INF/ultralink/language-packs.txt listing packs/de.yaml)"));
        System.out.println("pack: " + german.name() + " (" + german.nativeName() + "), prompts " + german.promptVersion());
        DumpToDialogues method = new DumpToDialogues(packs, ExampleArgs.bounds(settings));
        DialogueSettings.Builder dialogue = DialogueSettings.builder();
        String q = settings.remove("question-tokens");
        if (q != null) {
            dialogue.maxQuestionTokens(Integer.parseInt(q));
        }
        String a = settings.remove("answer-tokens");
        if (a != null) {
            dialogue.maxAnswerTokens(Integer.parseInt(a));
        }
        long seed = Long.parseLong(orDefault(settings, "seed", "42"));
        int concurrency = Integer.parseInt(orDefault(settings, "concurrency", "4"));
        String limit = settings.remove("segments");

        Path segments = method.prepare(dump, GERMAN, outDir.resolve("prepared"));
        if (limit != null) {
            segments = firstLines(segments, Integer.parseInt(limit), outDir.resolve("de_segments.jsonl"));
        }
        try (ChatModel model = backend.apply(settings)) {
            System.out.println("model: " + model);
            return method.generate(segments, model, dialogue.build(), seed, concurrency, outDir, null);
        }
    }

    private static String orDefault(Map<String, String> settings, String key, String fallback) {
        String value = settings.remove(key);
        return value == null ? fallback : value;
    }

    private static Path firstLines(Path file, int n, Path target) {
        try (var lines = Files.lines(file)) {
            List<String> first = lines.limit(n).toList();
            return Files.write(target, first);
        } catch (IOException e) {
            throw new UltraLinkException("cannot copy the first " + n + " segments of " + file + ": " + e.getMessage(), e);
        }
    }
}
