package io.ultralink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.filter.CulturePreCheck;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.backends.Backends;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.pipeline.agnostic.AgnosticSummary;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import io.ultralink.text.langid.LinguaLanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language-agnostic pipeline end to end with the real embedded llama.cpp backend on the tiny
 * stories260K model (it writes English nonsense by design and cannot translate). Runs in surefire's
 * forked JVM, which ends with an explicit exit, so the native thread llama.cpp leaves cannot hang it.
 */
class RealModelAgnosticPipelineTest {

    static Path shared = Path.of(System.getProperty("ultralink.shared.dir", "../../shared"));
    static ChatModel llama;

    @TempDir
    Path out;

    @BeforeAll
    static void load() {
        Path gguf = shared.resolve("data/models/stories260K.gguf");
        Assumptions.assumeTrue(Files.isRegularFile(gguf), "tiny model absent: " + gguf);
        Assumptions.assumeTrue(Files.isRegularFile(shared.resolve("data/sft/sharegpt_sample.json")), "ShareGPT absent");
        Assumptions.assumeTrue(Files.isRegularFile(shared.resolve("data/sft/humaneval_en.jsonl")), "HumanEval absent");
        llama = Backends.llamaCppBuilder(gguf).contextSize(2048).defaultMaxTokens(256).threads(2).build();
    }

    @AfterAll
    static void close() {
        if (llama != null) {
            llama.close();
        }
    }

    /** Counts the calls that reach the real model, per pipeline stage. */
    static final class Counting implements ChatModel {
        final Map<String, Integer> calls = new ConcurrentHashMap<>();

        @Override
        public ChatResponse chat(ChatRequest request) {
            calls.merge(request.stage().orElse("?"), 1, Integer::sum);
            return llama.chat(request);
        }

        @Override
        public String modelName() {
            return llama.modelName();
        }

        int total() {
            return calls.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Test
    void tinyModel_everyItemAccountedFor_outputRejected_rerunOnlyRetriesErrors() throws Exception {
        List<Conversation> chats = new ArrayList<>(SourceReader.readAll(shared.resolve("data/sft/sharegpt_sample.json"),
                SourceFormat.SHAREGPT, BadLinePolicy.SKIP));
        chats.sort(Comparator.comparingInt(RealModelAgnosticPipelineTest::chars));
        List<Conversation> plain = chats.stream().filter(c -> c.messages().stream()
                .noneMatch(m -> m.content().contains("http") || m.content().contains("www."))).toList();
        // Every sample conversation is over 3,000 characters, more than the tiny model's 2,048-token context
        // holds (its 512-token vocabulary spends about one token per 1.5 characters). One item is cut to
        // its opening sentences so the judge can run; one item with a URL and one over-long item are kept
        // whole (pre-checks drop both without a model call).
        List<Conversation> chat = List.of(opening(plain.get(0)),
                chats.stream().filter(c -> !plain.contains(c)).findFirst().orElseThrow(), plain.get(plain.size() - 1));
        List<Conversation> code = SourceReader.readAll(shared.resolve("data/sft/humaneval_en.jsonl"),
                SourceFormat.HUMANEVAL, BadLinePolicy.FAIL).subList(0, 2);
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        LinguaLanguageDetector lingua = LinguaLanguageDetector.forPacks(packs.all());

        Counting first = new Counting();
        long t0 = System.nanoTime();
        AgnosticSummary s1 = run(first, packs, lingua, chat, code);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("first run: model calls " + first.calls + " in " + ms + " ms\n" + s1.report());
        List<String> failures = Files.readAllLines(out.resolve("failures.jsonl"));
        failures.forEach(l -> System.out.println("failure: " + (l.length() > 400 ? l.substring(0, 400) + "..." : l)));

        // Every chat input is accounted for: kept, dropped (with its reason) or failed (listed in failures.jsonl).
        assertThat(s1.kept() + s1.dropped() + s1.filterErrors()).isEqualTo(chat.size());
        assertThat(s1.droppedByReason()).containsEntry("precheck:url", 1L).containsEntry("precheck:too-long", 1L);
        assertThat(failures.stream().filter(l -> l.contains("\"stage\":\"filter\"")).count()).isEqualTo(s1.filterErrors());
        // Every selected item was tried and nothing the tiny model wrote was accepted.
        long selected = s1.selected().getOrDefault(LanguageCode.ZH, 0L);
        assertThat(selected).isEqualTo(code.size() + s1.kept());
        assertThat(s1.translated().getOrDefault(LanguageCode.ZH, 0L)).isZero();
        assertThat(s1.rejected().getOrDefault(LanguageCode.ZH, 0L) + s1.translationErrors()).isEqualTo(selected);
        assertThat(s1.rejectedByCheck()).containsKey("TARGET_LANGUAGE");
        for (Conversation c : code) {
            assertThat(failures).anySatisfy(l -> assertThat(l).contains("\"id\":\"" + c.id() + "\"", "\"status\":\"rejected\"",
                    "\"lang\":\"zh\"", "TARGET_LANGUAGE: "));
        }
        assertThat(out.resolve("zh_code.jsonl")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.readAllLines(p)).isEmpty());

        // A rerun translates nothing again and reuses every verdict; only judge errors are retried, by design
        // (each in the run's first pass and once more at its end: twice three attempts).
        Counting second = new Counting();
        AgnosticSummary s2 = run(second, packs, lingua, chat, code);
        System.out.println("second run: model calls " + second.calls + "\n" + s2.report());
        assertThat(second.calls).doesNotContainKey("translate");
        assertThat(s2.alreadyDone()).isEqualTo(selected);
        assertThat(s2.verdictsReused()).isEqualTo(s1.kept() + s1.dropped());
        assertThat(second.total()).isLessThanOrEqualTo(2 * 3 * (int) s1.filterErrors());
        if (s1.filterErrors() == 0) {
            assertThat(second.total()).isZero();
        }
    }

    /** The conversation with each turn cut to its first sentences (at most about 250 characters). */
    static Conversation opening(Conversation c) {
        List<Message> cut = new ArrayList<>();
        for (Message m : c.messages()) {
            String text = m.content().strip();
            int end = Math.min(text.length(), 250);
            int stop = Math.max(text.lastIndexOf(". ", end), text.lastIndexOf("? ", end));
            cut.add(new Message(m.role(), stop > 40 ? text.substring(0, stop + 1) : text.substring(0, end)));
        }
        return c.withMessages(cut);
    }

    static int chars(Conversation c) {
        return c.messages().stream().mapToInt(m -> m.content().length()).sum();
    }

    AgnosticSummary run(ChatModel model, LanguagePacks packs, LinguaLanguageDetector lingua, List<Conversation> chat,
            List<Conversation> code) {
        LanguageAgnosticPipeline pipeline = LanguageAgnosticPipeline.builder(model, packs, lingua)
                .targets(List.of(LanguageCode.ZH)).seed(7).concurrency(1).outputDir(out)
                .preChecks(List.of(CulturePreCheck.containsUrl(), CulturePreCheck.longerThan(2_000))).build();
        pipeline.run(chat.iterator(), DataType.CHAT_AGNOSTIC);
        return pipeline.run(code.iterator(), DataType.CODE);
    }
}
