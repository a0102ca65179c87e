package io.ultralink.llm.cache;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link CrossProcessCacheTest}: opens its own {@link ResponseCache} on a file and
 * answers {@code count} questions {@code "<prefix> <i>"} through a {@link CachingChatModel} whose
 * model signs each answer with this process id. Arguments: file, prompt version, prefix, count,
 * and optionally {@code wait}: print {@code ready} once the cache is open, then wait for a line on
 * standard input before writing. Prints {@code calls=N hits=H writes=W} and exits.
 */
public final class CacheWriterProcess {

    private CacheWriterProcess() {
    }

    /** The answer a model in process {@code pid} gives to {@code question}. */
    static String answer(long pid, String question) {
        return "answered by process " + pid + ": " + question;
    }

    /** A request as both processes build it. */
    static ChatRequest request(String question, String version) {
        return ChatRequest.builder().addMessage(Message.system("Answer briefly.")).addMessage(Message.user(question))
                .temperature(0.2).maxTokens(50).promptVersion(version).build();
    }

    /** A model named {@code m} that signs its answers with {@code pid} and counts its calls. */
    static final class SigningModel implements ChatModel {
        private final long pid;
        private int calls;

        SigningModel(long pid) {
            this.pid = pid;
        }

        @Override
        public synchronized ChatResponse chat(ChatRequest request) {
            calls++;
            String question = request.messages().get(request.messages().size() - 1).content();
            return new ChatResponse(answer(pid, question), FinishReason.STOP, new TokenUsage(9, 0, 7), "m");
        }

        @Override
        public String modelName() {
            return "m";
        }

        synchronized int calls() {
            return calls;
        }
    }

    /** Runs the child; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String version = args[1];
        String prefix = args[2];
        int count = Integer.parseInt(args[3]);
        boolean wait = args.length > 4 && args[4].equals("wait");
        SigningModel model = new SigningModel(ProcessHandle.current().pid());
        try (ResponseCache cache = ResponseCache.open(file)) {
            if (wait) {
                System.out.println("ready");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            CachingChatModel caching = new CachingChatModel(model, cache, "openai");
            for (int i = 0; i < count; i++) {
                caching.chat(request(prefix + " " + i, version));
            }
            CacheStats stats = cache.stats();
            System.out.println("calls=" + model.calls() + " hits=" + stats.hits() + " writes=" + stats.writes());
        }
    }
}
