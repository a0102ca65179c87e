package io.ultralink.examples;

import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.error.UltraLinkException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.pipeline.specific.Progress;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.prepare.PreparationReport;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * The language-specific method end to end with the real components: knowledge preparation of a
 * Wikipedia dump ({@link KnowledgePreparation}: cleaning, Lingua language check, OpenCC script
 * normalisation, jtokkit {@code cl100k_base} length filter and segmentation), then
 * {@link LanguageSpecificPipeline} over any {@link ChatModel}. One Lingua detector and one token
 * counter serve both steps.
 *
 * <p>Preparation writes {@code segments.jsonl} in the output folder through a temporary file renamed
 * when complete, so an interrupted preparation starts over and a finished one is reused; generation
 * resumes by itself.
 */
public final class DumpToDialogues {

    /** The segments file name inside the output folder. */
    public static final String SEGMENTS_FILE = "segments.jsonl";

    private final LanguagePacks packs;
    private final LinguaLanguageDetector detector;
    private final OpenCcScriptNormaliser normaliser = OpenCcScriptNormaliser.create();
    private final JtokkitTokenCounter tokens = JtokkitTokenCounter.cl100k();
    private final SegmenterSettings segmentBounds;

    /**
     * @param packs the language packs
     * @param segmentBounds document and segment bounds in {@code cl100k_base} tokens
     */
    public DumpToDialogues(LanguagePacks packs, SegmenterSettings segmentBounds) {
        this.packs = Objects.requireNonNull(packs, "packs");
        this.segmentBounds = Objects.requireNonNull(segmentBounds, "segmentBounds");
        this.detector = LinguaLanguageDetector.forPacks(packs.all());
    }

    /**
     * Prepares {@code dump} into {@code outDir/segments.jsonl} unless that file exists already.
     *
     * @param language the dump's language, or null to take it from the file name ({@code xxwiki-…})
     * @return the segments file
     */
    public Path prepare(Path dump, LanguageCode language, Path outDir) {
        Path segments = outDir.resolve(SEGMENTS_FILE);
        if (Files.isRegularFile(segments)) {
            return segments;
        }
        Path partial = outDir.resolve(SEGMENTS_FILE + ".partial");
        try {
            Files.createDirectories(outDir);
            Files.deleteIfExists(partial);
            KnowledgePreparation.Builder b = KnowledgePreparation.builder().packs(packs).tokenCounter(tokens)
                    .languageDetector(detector).scriptNormaliser(normaliser).segmenterSettings(segmentBounds);
            if (language != null) {
                b.language(language);
            }
            PreparationReport report = b.build().run(List.of(dump), partial);
            report.writeJson(outDir.resolve("preparation-report.json"));
            return Files.move(partial, segments, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UltraLinkException("cannot prepare " + dump + " into " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Generates the dialogues of {@code segments} with {@code model}, the real detector, normaliser and
     * token counter, into {@code outDir} (UltraLink and OpenAI-messages records, provenance, done-log).
     */
    public RunSummary generate(Path segments, ChatModel model, DialogueSettings settings, long seed, int concurrency,
            Path outDir, Progress.Listener listener) {
        return LanguageSpecificPipeline.builder().model(model).packs(packs).detector(detector).normaliser(normaliser)
                .tokenCounter(tokens).settings(settings).seed(seed).concurrency(concurrency).openAiOutput(true)
                .outputDir(outDir).progressListener(listener).build().run(segments);
    }

    /** Prepares {@code dump} (if not done yet) and generates its dialogues. */
    public RunSummary run(Path dump, LanguageCode language, ChatModel model, DialogueSettings settings, long seed,
            int concurrency, Path outDir, Progress.Listener listener) {
        return generate(prepare(dump, language, outDir), model, settings, seed, concurrency, outDir, listener);
    }
}
