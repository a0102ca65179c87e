package io.ultralink.examples;

import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.backends.Backends;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.source.SourceFormat;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's API example, compiled so it cannot drift from the API: both UltraLink pipelines
 * from Java.
 *
 * <p>Usage: {@code ApiTour DUMP.xml.bz2 SHAREGPT.json MODEL.gguf OUT_DIR}.
 */
public final class ApiTour {

    private ApiTour() {
    }

    /**
     * Runs knowledge preparation, dialogue generation and the agnostic pipeline.
     *
     * @param args dump, ShareGPT file, GGUF model, output folder
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: ApiTour DUMP.xml.bz2 SHAREGPT.json MODEL.gguf OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[3]);
        // --- README excerpt starts
        LanguagePacks packs = LanguagePacks.load();                       // en zh ru fr es + class-path packs
        var detector = LinguaLanguageDetector.forPacks(packs.all());
        ChatModel model = Backends.llamaCpp(Path.of(args[2]));          // or Backends.openAi()...build()

        Path segments = out.resolve("segments.jsonl");                   // dump -> clean, checked, 1K-2K-token segments
        var prepared = KnowledgePreparation.builder().packs(packs).build()
                .run(List.of(Path.of(args[0])), segments);

        var dialogues = LanguageSpecificPipeline.builder()               // segments -> {lang}_chat_specific.jsonl
                .model(model).packs(packs).detector(detector)
                .normaliser(OpenCcScriptNormaliser.create())
                .tokenCounter(JtokkitTokenCounter.cl100k())
                .seed(42).concurrency(4).outputDir(out)
                .build().run(segments);

        var agnostic = LanguageAgnosticPipeline.builder(model, packs, detector)  // filter -> prune -> translate
                .targets(List.of(LanguageCode.ZH, LanguageCode.FR))
                .seed(42).outputDir(out)
                .build().run(Path.of(args[1]), SourceFormat.SHAREGPT);
        // --- README excerpt ends
        System.out.println(prepared.toJson());
        System.out.println(dialogues);
        System.out.println(agnostic.report());
        System.exit(0);                                                  // llama.cpp keeps a native thread alive
    }
}
