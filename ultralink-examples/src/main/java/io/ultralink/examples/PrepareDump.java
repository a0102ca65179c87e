package io.ultralink.examples;

import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.prepare.PreparationReport;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares Wikipedia dumps into knowledge segments (paper §2.1): markup cleaning, Lingua language
 * check, OpenCC script normalisation for Chinese, a {@code cl100k_base} length filter and
 * segmentation, all by {@link KnowledgePreparation}. No model is needed.
 *
 * <pre>
 * PrepareDump OUT_DIR DUMP... [key=value ...]
 * PrepareDump out zhwiki-latest-pages-articles.xml.bz2
 * PrepareDump out dewiki-minidump.xml.bz2 segment-tokens=150-299 document-tokens=150-3000
 * PrepareDump out extracted/ language=fr threads=2
 * </pre>
 *
 * DUMP is a MediaWiki XML dump ({@code .xml} or {@code .xml.bz2}) or wikiextractor output (a file or
 * a folder). Keys: {@code language} (default: from each dump's name, {@code xxwiki-…}),
 * {@code segment-tokens=MIN-MAX} (default 1000-2000), {@code document-tokens=MIN-MAX} (default
 * 1000-10000, raised to the segment minimum), {@code threads} (default: the processors),
 * {@code fresh=true} to ignore an earlier checkpoint. Writes {@code OUT_DIR/segments.jsonl} and
 * {@code OUT_DIR/preparation-report.json} (counts, drop reasons, wrong-language examples); run it again
 * after an interruption to continue from the checkpoint.
 */
public final class PrepareDump {

    /** The segments file name inside the output folder. */
    public static final String SEGMENTS_FILE = "segments.jsonl";
    /** The report file name inside the output folder. */
    public static final String REPORT_FILE = "preparation-report.json";

    private PrepareDump() {
    }

    /** Runs the example; exits with 0 when done, 1 on an error, 2 on bad arguments. */
    public static void main(String[] args) {
        List<Path> dumps = new ArrayList<>();
        int i = 1;
        for (; i < args.length && !args[i].contains("="); i++) {
            dumps.add(Path.of(args[i]));
        }
        if (dumps.isEmpty()) {
            System.err.println("usage: PrepareDump OUT_DIR DUMP... [key=value ...]");
            System.exit(2);
        }
        try {
            PreparationReport r = run(Path.of(args[0]), dumps, ExampleArgs.keys(args, i));
            System.out.printf("pages read %d, kept %d, dropped %s; segments %d, tokens %d, forced splits %d, "
                    + "%.1f s%n", r.pagesRead(), r.pagesKept(), r.dropped(), r.segmentsWritten(), r.tokensKept(),
                    r.forcedSplits(), r.elapsedMillis() / 1000.0);
            r.errors().forEach(e -> System.err.println("problem: " + e));
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Prepares {@code dumps} into {@code outDir}.
     *
     * @param keys the {@code key=value} options of {@link #main}
     * @return the report, also written to {@code outDir/preparation-report.json}
     */
    public static PreparationReport run(Path outDir, List<Path> dumps, Map<String, String> keys) {
        Map<String, String> settings = new java.util.LinkedHashMap<>(keys);
        LanguagePacks packs = LanguagePacks.load();
        KnowledgePreparation.Builder b = KnowledgePreparation.builder().packs(packs)
                .tokenCounter(JtokkitTokenCounter.cl100k()).languageDetector(LinguaLanguageDetector.forPacks(packs.all()))
                .scriptNormaliser(OpenCcScriptNormaliser.create()).segmenterSettings(ExampleArgs.bounds(settings));
        String language = settings.remove("language");
        if (language != null) {
            b.language(LanguageCode.of(language));
        }
        String threads = settings.remove("threads");
        if (threads != null) {
            b.threads(Integer.parseInt(threads));
        }
        b.fresh(Boolean.parseBoolean(settings.remove("fresh")));
        if (!settings.isEmpty()) {
            throw new IllegalArgumentException("unknown keys " + settings.keySet()
                    + "; known: language, segment-tokens, document-tokens, threads, fresh");
        }
        PreparationReport report = b.build().run(dumps, outDir.resolve(SEGMENTS_FILE));
        report.writeJson(outDir.resolve(REPORT_FILE));
        return report;
    }
}
