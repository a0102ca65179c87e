package io.ultralink.llm.batch.internal;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.LineAppender;
import io.ultralink.format.internal.Json;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.batch.BatchOutcome;
import io.ultralink.run.RunStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The batch journal of a run, a JSONL file in its run store: a {@code submitting} line with the
 * submission key and custom ids before a batch is sent, a {@code submitted} line with the batch id once the provider
 * took it, one {@code outcome} line per request when the batch is collected, then {@code collected}.
 * Read back when opened, so a resumed run polls open batches, replays collected answers and knows
 * how often each request failed. Thread-safe. Not API.
 */
public final class BatchJournal implements AutoCloseable {

    private final Path file;
    private final LineAppender out;
    private final Map<String, List<String>> openBatches = new LinkedHashMap<>();
    private final Map<String, String> batchOf = new HashMap<>();
    private final Map<String, ChatResponse> answers = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, List<String>> unconfirmed = new LinkedHashMap<>();

    /** Opens (and under a fresh run first clears) {@code file} in {@code store}. */
    public BatchJournal(RunStore store, Path file) {
        this.file = file;
        this.out = store.appender(file);
        read();
    }

    /** The answer collected earlier for {@code customId}. */
    public synchronized Optional<ChatResponse> answer(String customId) {
        return Optional.ofNullable(answers.get(customId));
    }

    /** How many outcomes of {@code customId} were failures. */
    public synchronized int failures(String customId) {
        return failures.getOrDefault(customId, 0);
    }

    /** The submitted, not yet collected batch that holds {@code customId}. */
    public synchronized Optional<String> openBatchOf(String customId) {
        return Optional.ofNullable(batchOf.get(customId));
    }

    /** Batches submitted that were not collected, with their custom ids. */
    public synchronized Map<String, List<String>> openBatches() {
        return new LinkedHashMap<>(openBatches);
    }

    /**
     * Submissions journalled as starting for which no batch id was recorded (a stop in between), by
     * submission key.
     */
    public synchronized Map<String, List<String>> unconfirmed() {
        return new LinkedHashMap<>(unconfirmed);
    }

    /** Journals that a batch of {@code ids} is about to be sent under {@code key}. */
    public synchronized void submitting(String key, List<String> ids) {
        append(line("submitting").put("key", key).set("ids", ids(ids)));
        unconfirmed.put(key, List.copyOf(ids));
    }

    /** Journals that the provider took the batch {@code batchId} of {@code ids}, sent under {@code key}. */
    public synchronized void submitted(String key, String batchId, List<String> ids) {
        append(line("submitted").put("key", key).put("batch", batchId).set("ids", ids(ids)));
        unconfirmed.remove(key);
        open(batchId, ids);
    }

    /** Journals that the submission under {@code key} never reached the provider. */
    public synchronized void abandoned(String key) {
        append(line("abandoned").put("key", key));
        unconfirmed.remove(key);
    }

    /** Journals one request's outcome from batch {@code batchId}. */
    public synchronized void outcome(String batchId, BatchOutcome outcome) {
        ObjectNode line = line("outcome").put("batch", batchId).put("id", outcome.customId())
                .put("kind", outcome.kind().name().toLowerCase(java.util.Locale.ROOT));
        outcome.response().ifPresent(r -> line.set("response", ResponseJson.write(r)));
        if (!outcome.error().isEmpty()) {
            line.put("error", outcome.error());
        }
        append(line);
        remember(outcome.customId(), outcome.response());
    }

    /** Journals that every outcome of {@code batchId} was recorded. */
    public synchronized void collected(String batchId) {
        append(line("collected").put("batch", batchId));
        close(batchId);
    }

    private void open(String batchId, List<String> ids) {
        openBatches.put(batchId, List.copyOf(ids));
        ids.forEach(id -> batchOf.put(id, batchId));
    }

    private void close(String batchId) {
        List<String> ids = openBatches.remove(batchId);
        if (ids != null) {
            ids.forEach(id -> batchOf.remove(id, batchId));
        }
    }

    private void remember(String customId, Optional<ChatResponse> response) {
        if (response.isPresent()) {
            answers.put(customId, response.get());
        } else {
            failures.merge(customId, 1, Integer::sum);
        }
    }

    private static ObjectNode line(String event) {
        return Json.MAPPER.createObjectNode().put("event", event);
    }

    private static ArrayNode ids(List<String> ids) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        ids.forEach(array::add);
        return array;
    }

    private void append(ObjectNode line) {
        out.append(Json.MAPPER.writeValueAsString(line));
    }

    private void read() {
        long number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    replay(Json.MAPPER.readTree(line));
                }
            }
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), number + 1, null,
                    "unreadable batch journal line (" + e.getMessage() + ")", e);
        }
    }

    private void replay(JsonNode n) {
        String event = Json.requireText(n, "event");
        switch (event) {
            case "submitting" -> unconfirmed.put(Json.requireText(n, "key"), ids(n));
            case "submitted" -> {
                unconfirmed.remove(Json.requireText(n, "key"));
                open(Json.requireText(n, "batch"), ids(n));
            }
            case "abandoned" -> unconfirmed.remove(Json.requireText(n, "key"));
            case "outcome" -> remember(Json.requireText(n, "id"),
                    n.hasNonNull("response") ? Optional.of(ResponseJson.read(n.get("response"))) : Optional.empty());
            case "collected" -> close(Json.requireText(n, "batch"));
            default -> throw new IllegalArgumentException("unknown event '" + event + "'");
        }
    }

    private static List<String> ids(JsonNode n) {
        List<String> ids = new ArrayList<>();
        Json.requireArray(n, "ids").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    @Override
    public void close() {
        out.close();
    }

    /** Writes and reads a {@link ChatResponse} as a small JSON object. */
    static final class ResponseJson {
        private ResponseJson() {
        }

        static ObjectNode write(ChatResponse r) {
            ObjectNode n = Json.MAPPER.createObjectNode().put("text", r.text()).put("finish", r.finishReason().name())
                    .put("model", r.modelName());
            n.putObject("usage").put("prompt", r.usage().promptTokens()).put("cached", r.usage().cachedPromptTokens())
                    .put("completion", r.usage().completionTokens());
            return n;
        }

        static ChatResponse read(JsonNode n) {
            JsonNode u = n.path("usage");
            return new ChatResponse(Json.requireText(n, "text"), FinishReason.valueOf(Json.requireText(n, "finish")),
                    new TokenUsage(u.path("prompt").asLong(0), u.path("cached").asLong(0),
                            u.path("completion").asLong(0)), n.path("model").asString(""));
        }
    }
}
