package io.ultralink.examples;

import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.dialogue.EndingSchedule;
import io.ultralink.dialogue.PromptLayout;
import io.ultralink.error.UltraLinkException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.backends.Backends;
import io.ultralink.llm.TokenUsage;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.text.segment.SegmenterSettings;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the prompt tokens the embedded llama.cpp backend serves from its prefix cache, for each
 * {@link PromptLayout}, on the first segments of a real dump (segments of 150–299 {@code cl100k_base}
 * tokens, to fit a small model's context). Each layout gets a fresh model with prompt caching on and
 * a fresh output folder; turns end at their first full stop ({@link FirstSentenceModel}).
 *
 * <pre>
 * MeasurePromptCache DUMP GGUF WORK_DIR [SEGMENTS=8]
 * </pre>
 */
public final class MeasurePromptCache {

    private MeasurePromptCache() {
    }

    /** Prints one line per layout: calls, prompt tokens, cached prompt tokens and their share, seconds. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: MeasurePromptCache DUMP GGUF WORK_DIR [SEGMENTS]");
            System.exit(2);
        }
        Path dump = Path.of(args[0]);
        Path gguf = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        DumpToDialogues method = new DumpToDialogues(LanguagePacks.load(), new SegmenterSettings(150, 3_000, 150, 299));
        Path segments = firstLines(method.prepare(dump, null, work.resolve("prepared")), count, work);
        StringBuilder table = new StringBuilder(String.format("%-15s %6s %9s %9s %7s %9s %6s%n", "layout", "calls",
                "prompt", "cached", "share", "dialogues", "secs"));
        for (PromptLayout layout : PromptLayout.values()) {
            DialogueSettings settings = DialogueSettings.builder().layout(layout).maxQuestionTokens(24)
                    .maxAnswerTokens(40).minAnswerTokens(3).schedule(new EndingSchedule(0.1, 2.0, 4)).temperature(0.8)
                    .build();
            long start = System.nanoTime();
            try (FirstSentenceModel model = new FirstSentenceModel(Backends.llamaCppBuilder(gguf).threads(1)
                    .cachePrompt(true).build())) {
                RunSummary s = method.generate(segments, model, settings, 7, 1, work.resolve(layout.name()), null);
                TokenUsage u = s.usage();
                table.append(String.format("%-15s %6d %9d %9d %6.1f%% %9d %6.1f%n", layout, model.calls(),
                        u.promptTokens(), u.cachedPromptTokens(), 100.0 * u.cachedPromptTokens() / u.promptTokens(),
                        s.dialogues(), (System.nanoTime() - start) / 1e9));
            }
        }
        System.out.print(table);
        System.exit(0); // the embedded backend leaves a native thread running
    }

    private static Path firstLines(Path file, int count, Path dir) {
        try {
            List<String> lines = Files.readAllLines(file);
            return Files.write(dir.resolve("first-segments.jsonl"), lines.subList(0, Math.min(count, lines.size())));
        } catch (IOException e) {
            throw new UltraLinkException("cannot copy segments of " + file + ": " + e.getMessage(), e);
        }
    }
}
