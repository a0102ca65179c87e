package io.ultralink.benchmarks;

import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.model.Message;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.spark.PipelineFactory;
import io.ultralink.spark.SparkGeneration;
import io.ultralink.spark.SparkPreparation;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Generation as a Spark job against a model that answers after a fixed latency, as a model server under load
 * does: shows how dialogues per second follow the number of task slots (not of cores), how many calls a dialogue
 * takes through the real generator and its gates, and what Spark adds. The segments are those a
 * {@link SparkPreparationBenchmark} run wrote.
 *
 * <p>Usage: {@code SparkGenerationBenchmark SEGMENTS_DIR WORKDIR [segments] [latencyMs] [slots...]} (defaults 96,
 * 50, and slots 2 8 16; a slot count may repeat, the first run in the JVM being cold). Prints the CPU each run
 * used: the generator's own work (language checks, token counts) is what bounds a small machine.
 */
public final class SparkGenerationBenchmark {

    private static final AtomicLong CALLS = new AtomicLong();

    private SparkGenerationBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SparkGenerationBenchmark SEGMENTS_DIR WORKDIR [segments] [latencyMs] [slots...]");
            System.exit(2);
        }
        Path segments = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 96;
        long latency = args.length > 3 ? Long.parseLong(args[3]) : 50;
        List<Integer> slots = args.length > 4 ? java.util.Arrays.stream(args, 4, args.length).map(Integer::valueOf)
                .toList() : List.of(2, 8, 16);
        for (int n : slots) {
            SparkSession spark = SparkSession.builder().master("local[" + n + "]").appName("SparkGenerationBenchmark")
                    .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
            try {
                long calls = CALLS.get();
                long t = System.nanoTime();
                CpuClock cpu = CpuClock.now();
                Path out = work.resolve("slots-" + n + "-" + t);
                SparkGeneration.write(SparkGeneration.generate(SparkPreparation.read(spark, segments),
                        List.of(LanguageCode.EN), count, 4 * n, new Factory(latency)), out);
                double s = (System.nanoTime() - t) / 1e9;
                String cpuUsed = CpuClock.now().since(cpu);
                List<Row> rows = SparkGeneration.read(spark, out).collectAsList();
                long records = rows.stream().filter(r -> r.getAs("record") != null).count();
                long used = CALLS.get() - calls;
                System.out.printf(Locale.ROOT, "local[%d], %d ms a call: %d segments, %d records in %.1f s = %.2f "
                        + "dialogues/s, %d calls (%.1f a segment), ideal %.2f dialogues/s; CPU %s%n", n, latency,
                        rows.size(), records, s, rows.size() / s, used, (double) used / rows.size(),
                        n * 1000.0 / latency / ((double) used / rows.size()), cpuUsed);
            } finally {
                spark.stop();
            }
        }
    }

    /** The real generator (Lingua, cl100k, paper settings) over the delayed model. */
    record Factory(long latencyMs) implements PipelineFactory {
        @Override
        public LanguageSpecificPipeline create() {
            LanguagePacks packs = LanguagePacks.load();
            return LanguageSpecificPipeline.builder().model(new DelayedModel(latencyMs)).packs(packs)
                    .detector(LinguaLanguageDetector.forPacks(packs.all())).tokenCounter(JtokkitTokenCounter.cl100k())
                    .seed(42).outputDir(Path.of(System.getProperty("java.io.tmpdir"))).build();
        }
    }

    /** Answers English questions and answers built from the prompt's subject, after a fixed pause. */
    static final class DelayedModel implements ChatModel {
        private static final List<String> QUESTIONS = List.of(
                "What made the %s important to the people who lived near it",
                "How did the history of the %s shape the region around it in later centuries",
                "Which events changed the %s most, and what did they leave behind",
                "Why do scholars still study the %s, and what questions remain open",
                "How does the %s compare with similar places elsewhere in the world",
                "What would a visitor notice first about the %s today, and why");
        private final long latencyMs;

        DelayedModel(long latencyMs) {
            this.latencyMs = latencyMs;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            CALLS.incrementAndGet();
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String all = String.join("\n", request.messages().stream().map(Message::content).toList());
            int turn = count(all, "the written record kept by");
            int at = all.indexOf("The ");
            String subject = at < 0 ? "place" : all.substring(at + 4, Math.max(at + 5, all.indexOf(' ', at + 4)));
            long tag = request.seed().orElse(0) % 1000;
            String text = request.stage().orElse("").equals("dialogue.question")
                    ? String.format(QUESTIONS.get(turn % QUESTIONS.size()), subject) + ", in case " + tag + "?"
                    : "According to the written record kept by local historians, the " + subject + " grew in "
                            + "importance over many generations; turn " + turn + " of case " + tag + " adds that its "
                            + "people traded, farmed and built there, and that the article describes this in detail.";
            return new ChatResponse(text, FinishReason.STOP, new TokenUsage(all.length() / 4, 0, text.length() / 4),
                    "delayed-echo");
        }

        private static int count(String text, String part) {
            int n = 0;
            for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
                n++;
            }
            return n;
        }

        @Override
        public String modelName() {
            return "delayed-echo";
        }
    }
}
