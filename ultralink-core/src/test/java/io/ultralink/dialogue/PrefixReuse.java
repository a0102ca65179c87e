package io.ultralink.dialogue;

import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.Segment;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.ScriptedChatModel;
import io.ultralink.testing.SimpleTokenCounter;
import io.ultralink.testing.WikiFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how much of each dialogue call's prompt repeats a prefix already sent: generates the
 * dialogues of real segments with a model double whose questions (~20 tokens) and answers (~290
 * tokens, the paper's Table 1 average) are slices of the segment, renders every request as a token
 * stream ({@code <|role|>} markers and contents, a simple word/Han/symbol tokenizer) and, for every
 * call, finds the longest common token prefix with any earlier call of the same segment (and of the
 * whole run). Run {@link #main} for the figures; {@code PrefixReuseTest} checks the ordering.
 */
public final class PrefixReuse {

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:\\p{IsHan}|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}])");
    private static final Pattern DOCUMENT = Pattern.compile("<document>\\n(.*?)\\n</document>", Pattern.DOTALL);

    /**
     * The figures of one layout.
     *
     * @param calls model calls
     * @param promptTokens all prompt tokens
     * @param segmentReused prompt tokens repeating a prefix sent earlier for the same segment
     * @param runReused prompt tokens repeating a prefix sent earlier in the run (any segment)
     */
    public record Result(long calls, long promptTokens, long segmentReused, long runReused) {
        /** Share of prompt tokens reused within the segment. */
        public double segmentShare() {
            return (double) segmentReused / promptTokens;
        }

        /** Share of prompt tokens reused within the run. */
        public double runShare() {
            return (double) runReused / promptTokens;
        }
    }

    private final Map<String, Integer> ids = new HashMap<>();

    /** Generates the dialogues of {@code segments} in {@code layout} and measures prefix reuse. */
    public Result measure(List<Segment> segments, LanguageCode lang, PromptLayout layout) {
        List<int[]> run = new ArrayList<>();
        long calls = 0;
        long tokens = 0;
        long segmentReused = 0;
        long runReused = 0;
        for (Segment segment : segments) {
            ScriptedChatModel model = new ScriptedChatModel(this::respond);
            ModelDialogueGenerator.builder().model(model).packs(LanguagePacks.load()).detector(new ScriptDetector(lang))
                    .tokenCounter(new SimpleTokenCounter()).seed(1)
                    .settings(DialogueSettings.builder().layout(layout).build()).build().generate(segment);
            List<int[]> mine = new ArrayList<>();
            for (ChatRequest request : model.requests()) {
                int[] stream = stream(request);
                segmentReused += longestPrefix(stream, mine);
                runReused += longestPrefix(stream, run);
                mine.add(stream);
                run.add(stream);
                calls++;
                tokens += stream.length;
            }
        }
        return new Result(calls, tokens, segmentReused, runReused);
    }

    private ChatResponse respond(ChatRequest request) {
        String all = request.messages().stream().map(Message::content).reduce("", String::concat);
        Matcher m = DOCUMENT.matcher(all);
        String doc = m.find() ? m.group(1) : all;
        List<String> words = split(doc);
        boolean question = ScriptedChatModel.isQuestion(request);
        int length = question ? 20 : 290;
        int from = (int) (request.seed().orElse(0) % Math.max(1, words.size()));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(words.get((from + i) % words.size()));
        }
        String out = text.toString().replaceAll("[\\s?？]+", " ").strip();
        if (question) {
            out = out + (doc.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? "？" : "?");
        }
        return new ChatResponse(out, FinishReason.STOP, TokenUsage.ZERO, "slices");
    }

    private int[] stream(ChatRequest request) {
        List<String> tokens = new ArrayList<>();
        for (Message message : request.messages()) {
            tokens.add("<|" + message.role().wireName() + "|>");
            tokens.addAll(split(message.content()));
        }
        return tokens.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int longestPrefix(int[] stream, List<int[]> earlier) {
        int best = 0;
        for (int[] e : earlier) {
            int n = Math.min(stream.length, e.length);
            int i = 0;
            while (i < n && stream[i] == e[i]) {
                i++;
            }
            best = Math.max(best, i);
        }
        return best;
    }

    /** Prints the figures for every built-in language whose minidump is present. */
    public static void main(String[] args) {
        System.out.println(report());
    }

    /** The figures as a table, one line per language and layout. */
    public static String report() {
        StringBuilder b = new StringBuilder(String.format("%-4s %-15s %5s %8s %9s %10s %9s%n", "lang", "layout",
                "segs", "calls", "tokens", "segReuse%", "runReuse%"));
        for (String lang : List.of("en", "fr", "es", "ru", "zh")) {
            Path file = WikiFixture.extracted(lang).orElse(null);
            if (file == null) {
                continue;
            }
            LanguageCode code = LanguageCode.of(lang);
            List<Segment> segments = WikiFixture.segments(file, code, new SimpleTokenCounter(), 1000);
            for (PromptLayout layout : PromptLayout.values()) {
                Result r = new PrefixReuse().measure(segments, code, layout);
                b.append(String.format("%-4s %-15s %5d %8d %9d %9.1f%% %8.1f%%%n", lang, layout, segments.size(), r.calls(),
                        r.promptTokens(), 100 * r.segmentShare(), 100 * r.runShare()));
            }
        }
        return b.toString();
    }
}
