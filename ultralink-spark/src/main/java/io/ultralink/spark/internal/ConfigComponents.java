package io.ultralink.spark.internal;

import io.ultralink.cli.config.ConfigLoader;
import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.dialogue.EndingSchedule;
import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The components of a run as the YAML file of {@code ultralink run} sets them (the same keys and defaults as the
 * command's prepare and generate stages). Not API.
 */
public final class ConfigComponents {

    private ConfigComponents() {
    }

    /** Loads {@code file} with the dotted-key {@code overrides} (as command-line options would set them). */
    public static ResolvedConfig load(String file, Map<String, String> overrides) {
        return ConfigLoader.load(Path.of(file), Map.copyOf(overrides));
    }

    /** The language packs: built-in, class path, then the files of config key {@code packs}. */
    public static LanguagePacks packs(ResolvedConfig config) {
        LanguagePacks.Builder packs = LanguagePacks.builder().addBuiltIn()
                .addClassPath(Thread.currentThread().getContextClassLoader());
        for (Path file : config.packFiles()) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("language pack " + file + " does not exist (config key packs)");
            }
            packs.addFile(file);
        }
        return packs.build();
    }

    /** The token counter of {@code prepare.encoding}. */
    public static TokenCounter tokenCounter(ResolvedConfig config) {
        String enc = config.prepare().encoding();
        return JtokkitTokenCounter.of(enc == null ? JtokkitTokenCounter.DEFAULT_ENCODING : enc);
    }

    /** The bounds of {@code prepare.documentTokens} and {@code prepare.segmentTokens}. */
    public static SegmenterSettings segmenterSettings(UltraLinkConfig.Prepare p) {
        SegmenterSettings d = SegmenterSettings.defaults();
        UltraLinkConfig.Range doc = p.documentTokens() == null ? new UltraLinkConfig.Range(null, null)
                : p.documentTokens();
        UltraLinkConfig.Range seg = p.segmentTokens() == null ? new UltraLinkConfig.Range(null, null)
                : p.segmentTokens();
        return new SegmenterSettings(doc.min() == null ? d.minDocumentTokens() : doc.min(),
                doc.max() == null ? d.maxDocumentTokens() : doc.max(),
                seg.min() == null ? d.minSegmentTokens() : seg.min(),
                seg.max() == null ? d.maxSegmentTokens() : seg.max());
    }

    /** The dialogue settings of {@code generate.*}. */
    public static DialogueSettings dialogueSettings(UltraLinkConfig.Generate g) {
        DialogueSettings.Builder b = DialogueSettings.builder();
        if (g.maxTurns() != null) {
            EndingSchedule d = EndingSchedule.DEFAULT;
            b.schedule(new EndingSchedule(d.startProbability(), d.factor(), g.maxTurns()));
        }
        if (g.maxTokens() != null) {
            b.maxAnswerTokens(g.maxTokens());
            b.maxQuestionTokens(Math.min(g.maxTokens(), 512));
        }
        if (g.temperature() != null) {
            b.temperature(g.temperature());
        }
        String preset = g.preset() == null ? "default" : g.preset().strip().toLowerCase(Locale.ROOT);
        switch (preset) {
            case "default" -> { }
            case "strict" -> b.groundednessJudge(true);
            default -> throw new ConfigurationException("config key 'generate.preset': must be default or strict,"
                    + " was '" + g.preset() + "'");
        }
        return b.build();
    }
}
