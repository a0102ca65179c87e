package io.ultralink.llm.batch.internal;

import io.ultralink.error.LlmException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.batch.BatchClient;
import io.ultralink.llm.batch.BatchItem;
import io.ultralink.llm.batch.BatchOutcome;
import io.ultralink.llm.batch.BatchStatus;
import io.ultralink.llm.batch.WaveProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries out one wave: answers replayed from the journal, batches left open by an earlier run
 * polled, the rest submitted as one new batch (journalled before and after), every batch polled to
 * its end and collected. A request that failed once is handed back for the next wave; one that
 * failed twice fails its call. Not API.
 */
public final class WaveExecution {

    /** Outcomes a request may fail with before its call fails: the first failure is resubmitted once. */
    public static final int MAX_FAILURES = 2;
    private static final int MAX_POLL_ERRORS = 5;

    private final BatchClient client;
    private final BatchJournal journal;
    private final Duration poll;
    private final WaveProgress.Listener listener;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();

    /** Runs waves on {@code client}, journalled in {@code journal}, polling every {@code poll}. */
    public WaveExecution(BatchClient client, BatchJournal journal, Duration poll, WaveProgress.Listener listener) {
        this.client = client;
        this.journal = journal;
        this.poll = poll;
        this.listener = listener;
    }

    /**
     * Looks up submissions an earlier run sent without learning the batch id: one the provider finds
     * is journalled as submitted (and polled when its requests come up), one it does not find as
     * abandoned (its requests are submitted again).
     *
     * @return the submissions found
     */
    public int recoverUnconfirmed() {
        int found = 0;
        for (Map.Entry<String, List<String>> e : journal.unconfirmed().entrySet()) {
            Optional<String> batchId = client.findSubmitted(e.getKey());
            if (batchId.isPresent()) {
                journal.submitted(e.getKey(), batchId.get(), e.getValue());
                found++;
            } else {
                journal.abandoned(e.getKey());
            }
        }
        return found;
    }

    /** Requests sent to the provider so far. */
    public long submitted() {
        return submitted.get();
    }

    /** Batches submitted so far. */
    public long batches() {
        return batches.get();
    }

    /**
     * Answers {@code calls} as wave number {@code wave}.
     *
     * @return the calls to put into the next wave (their request failed for the first time)
     */
    public List<WaveCall> run(long wave, List<WaveCall> calls) {
        Map<String, List<WaveCall>> byId = new LinkedHashMap<>();
        calls.forEach(c -> byId.computeIfAbsent(c.customId(), k -> new ArrayList<>()).add(c));
        Set<String> polled = new LinkedHashSet<>();
        List<BatchItem> fresh = new ArrayList<>();
        for (Map.Entry<String, List<WaveCall>> e : byId.entrySet()) {
            if (journal.answer(e.getKey()).isPresent()) {
                continue;
            }
            Optional<String> open = journal.openBatchOf(e.getKey());
            if (open.isPresent()) {
                polled.add(open.get());
            } else {
                fresh.add(new BatchItem(e.getKey(), e.getValue().get(0).request()));
            }
        }
        long start = System.nanoTime();
        Set<String> failedIds = new HashSet<>();
        if (!fresh.isEmpty()) {
            List<String> ids = fresh.stream().map(BatchItem::customId).toList();
            String key = BatchClient.submissionKey(ids);
            journal.submitting(key, ids);
            try {
                String batchId = client.submit(fresh);
                journal.submitted(key, batchId, ids);
                submitted.addAndGet(ids.size());
                batches.incrementAndGet();
                polled.add(batchId);
            } catch (RuntimeException e) {
                Optional<String> taken = findQuietly(key);
                if (taken.isPresent()) {
                    journal.submitted(key, taken.get(), ids);
                    polled.add(taken.get());
                } else {
                    journal.abandoned(key);
                    failAll(byId, ids, e);
                    failedIds.addAll(ids);
                }
            }
        }
        int completed = 0;
        for (String batchId : polled) {
            try {
                completed += collect(wave, calls.size(), fresh.size(), completed, batchId, start);
            } catch (RuntimeException e) {
                List<String> ids = journal.openBatches().getOrDefault(batchId, List.of());
                failAll(byId, ids, e);
                failedIds.addAll(ids);
            }
        }
        if (polled.isEmpty()) {
            listener.onProgress(new WaveProgress(wave, calls.size(), 0, calls.size(), Duration.ZERO, "replayed"));
        }
        return handBack(byId, failedIds);
    }

    private Optional<String> findQuietly(String key) {
        try {
            return client.findSubmitted(key);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private int collect(long wave, int calls, int submittedNow, int completedBefore, String batchId, long start) {
        int errors = 0;
        BatchStatus status;
        while (true) {
            try {
                status = client.status(batchId);
                errors = 0;
            } catch (TransientLlmException e) {
                if (++errors >= MAX_POLL_ERRORS || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                sleep();
                continue;
            }
            listener.onProgress(new WaveProgress(wave, calls, submittedNow, completedBefore + status.completed(),
                    Duration.ofNanos(System.nanoTime() - start), status.providerState()));
            if (status.state().ended()) {
                break;
            }
            sleep();
        }
        List<String> expected = journal.openBatches().getOrDefault(batchId, List.of());
        Set<String> seen = new HashSet<>();
        for (BatchOutcome o : client.results(batchId)) {
            if (seen.add(o.customId())) {
                journal.outcome(batchId, o);
            }
        }
        for (String id : expected) {
            if (!seen.contains(id)) {
                journal.outcome(batchId, BatchOutcome.failed(id, BatchOutcome.Kind.ERRORED,
                        "the provider reported no result (batch " + status.providerState() + ")"));
            }
        }
        journal.collected(batchId);
        return status.completed();
    }

    private List<WaveCall> handBack(Map<String, List<WaveCall>> byId, Set<String> failedIds) {
        List<WaveCall> again = new ArrayList<>();
        for (Map.Entry<String, List<WaveCall>> e : byId.entrySet()) {
            if (failedIds.contains(e.getKey())) {
                continue;
            }
            Optional<ChatResponse> answer = journal.answer(e.getKey());
            if (answer.isPresent()) {
                e.getValue().forEach(c -> c.complete(answer.get()));
            } else if (journal.failures(e.getKey()) < MAX_FAILURES) {
                again.addAll(e.getValue());
            } else {
                e.getValue().forEach(c -> c.fail(new TransientLlmException("batch request " + e.getKey()
                        + " failed " + journal.failures(e.getKey()) + " times (expired, errored or cancelled)")));
            }
        }
        return again;
    }

    private static void failAll(Map<String, List<WaveCall>> byId, List<String> ids, RuntimeException e) {
        RuntimeException cause = e instanceof LlmException ? e : new LlmException("batch failed: " + e.getMessage(), e);
        for (String id : ids) {
            byId.getOrDefault(id, List.of()).forEach(c -> c.fail(cause));
        }
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while polling a batch", e);
        }
    }
}
