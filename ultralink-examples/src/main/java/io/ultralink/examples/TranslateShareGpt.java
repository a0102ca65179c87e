package io.ultralink.examples;

import io.ultralink.error.ConfigurationException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.backends.Backends;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.AgnosticSummary;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import io.ultralink.text.langid.LinguaLanguageDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translates a ShareGPT file into other languages with the language-agnostic pipeline: culture
 * filter, verified translation, {@code {lang}_chat_agnostic.jsonl} outputs. Run it again to resume.
 *
 * <pre>
 * TranslateShareGpt &lt;sharegpt.json&gt; &lt;out-dir&gt; [model.gguf] [--targets zh,fr] [--limit 10]
 * </pre>
 * With a {@code .gguf} path the embedded llama.cpp backend is used; otherwise the API backend
 * that {@link Backends#resolve} finds configured in the environment ({@code OPENAI_API_KEY} or
 * {@code OPENAI_BASE_URL}, {@code ANTHROPIC_API_KEY}, {@code AZURE_OPENAI_ENDPOINT}), with the model
 * named by {@code OPENAI_MODEL} (default {@code gpt-4o-mini}). Languages are checked with the Lingua
 * detector of {@code ultralink-text}, restricted to the loaded packs.
 */
public final class TranslateShareGpt {

    private TranslateShareGpt() {
    }

    /** Runs the example; always ends the JVM (an embedded model keeps a native thread alive). */
    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static void run(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        List<LanguageCode> targets = List.of(LanguageCode.ZH, LanguageCode.FR);
        int limit = Integer.MAX_VALUE;
        int t = rest.indexOf("--targets");
        if (t >= 0 && t + 1 < rest.size()) {
            targets = Arrays.stream(rest.remove(t + 1).split(",")).map(LanguageCode::of).toList();
            rest.remove(t);
        }
        int l = rest.indexOf("--limit");
        if (l >= 0 && l + 1 < rest.size()) {
            limit = Integer.parseInt(rest.remove(l + 1));
            rest.remove(l);
        }
        if (rest.size() < 2) {
            throw new ConfigurationException(
                    "usage: TranslateShareGpt <sharegpt.json> <out-dir> [model.gguf] [--targets zh,fr] [--limit N]");
        }
        Path input = Path.of(rest.get(0));
        Path out = Path.of(rest.get(1));
        LanguagePacks packs = LanguagePacks.load();
        try (ChatModel model = model(rest.size() > 2 ? rest.get(2) : null)) {
            LanguageAgnosticPipeline pipeline = LanguageAgnosticPipeline.builder(model, packs, LinguaLanguageDetector.forPacks(packs.all()))
                    .targets(targets).seed(42).concurrency(2).outputDir(out).build();
            List<Conversation> source = SourceReader.readAll(input, SourceFormat.SHAREGPT, BadLinePolicy.SKIP);
            List<Conversation> chosen = source.subList(0, Math.min(limit, source.size()));
            AgnosticSummary summary = pipeline.run(chosen.iterator(), DataType.CHAT_AGNOSTIC);
            System.out.println(summary.report());
            targets.forEach(lang -> System.out.printf("%s rejection rate: %.1f%%%n", lang,
                    100 * summary.rejectionRate(lang)));
        }
    }

    private static ChatModel model(String gguf) {
        if (gguf != null) {
            return Backends.llamaCppBuilder(Path.of(gguf)).defaultMaxTokens(1024).build();
        }
        String model = System.getenv().getOrDefault("OPENAI_MODEL", "gpt-4o-mini");
        String base = System.getenv("OPENAI_BASE_URL");
        return Backends.resolve(base == null ? ChatModelConfig.of("model", model)
                : ChatModelConfig.of("model", model, "base-url", base));
    }
}
