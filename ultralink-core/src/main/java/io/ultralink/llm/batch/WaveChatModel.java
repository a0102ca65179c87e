package io.ultralink.llm.batch;

import io.ultralink.error.LlmException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.batch.internal.BatchJournal;
import io.ultralink.llm.batch.internal.CustomIds;
import io.ultralink.llm.batch.internal.WaveCall;
import io.ultralink.llm.batch.internal.WaveExecution;
import io.ultralink.run.RunStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link ChatModel} whose calls are answered through a provider's batch API, in waves: each
 * {@link #chat} blocks; once every {@linkplain #join() participant} (a dialogue, an item) is blocked
 * on a call or has left, or {@code waveSize} calls wait, or no call came for {@code settle}, the
 * waiting calls go into one batch, it is polled to its end and each caller gets its answer. So the
 * turns of many dialogues run in lock-step, and a stage's code runs unchanged on top of it: put the
 * metering and caching decorators around it as around an online backend.
 *
 * <p>Batch ids, custom ids (a digest of the request and backend, see {@link BatchItem}) and outcomes
 * are journalled in the run store before and after each submission: a run stopped at any moment and
 * started again polls the batch it had submitted and replays answers it had collected, and pays for
 * no request twice. A request that expired, errored or was cancelled is submitted once more in the
 * next wave; failing again, its call throws {@link io.ultralink.error.TransientLlmException}.
 *
 * <pre>{@code
 * try (WaveChatModel model = WaveChatModel.builder(client, store, Path.of("out/work/batch.jsonl")).build()) {
 *     pipeline.model(model).waves(model)...;
 * }
 * }</pre>
 */
public final class WaveChatModel implements ChatModel {

    private final BatchClient client;
    private final BatchJournal journal;
    private final WaveExecution execution;
    private final int waveSize;
    private final long settleNanos;
    private final Object lock = new Object();
    private final List<WaveCall> pending = new ArrayList<>();
    private final Thread scheduler;
    private int participants;
    private long lastArrival = System.nanoTime();
    private long waves;
    private boolean closed;
    private final int openAtStart;

    private WaveChatModel(Builder b) {
        this.client = b.client;
        this.journal = new BatchJournal(b.store, b.journal);
        this.execution = new WaveExecution(client, journal, b.poll, b.listener);
        try {
            execution.recoverUnconfirmed();
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        this.openAtStart = journal.openBatches().size();
        this.waveSize = b.waveSize;
        this.settleNanos = b.settle.toNanos();
        this.scheduler = new Thread(this::schedule, "ultralink-batch-waves");
        scheduler.setDaemon(true);
        scheduler.start();
    }

    /**
     * A builder.
     *
     * @param client the provider's batch API
     * @param store the run store the journal lives in
     * @param journal the journal file (in the store's folder)
     */
    public static Builder builder(BatchClient client, RunStore store, Path journal) {
        return new Builder(client, store, journal);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        WaveCall call = new WaveCall(request, CustomIds.of(client.identity(), request));
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("wave chat model is closed");
            }
            pending.add(call);
            lastArrival = System.nanoTime();
            lock.notifyAll();
        }
        return call.await();
    }

    /**
     * Registers a participant (one dialogue, one item) until the returned handle is closed: a wave
     * goes out as soon as every participant is blocked on a call, without waiting to settle.
     */
    public Participation join() {
        synchronized (lock) {
            participants++;
        }
        return () -> {
            synchronized (lock) {
                participants--;
                lock.notifyAll();
            }
        };
    }

    /** A participant's registration; closing it leaves the wave. */
    @FunctionalInterface
    public interface Participation extends AutoCloseable {
        @Override
        void close();
    }

    /** Waves run so far. */
    public long waves() {
        synchronized (lock) {
            return waves;
        }
    }

    /** Requests sent to the provider so far (a resumed batch and replayed answers count nothing). */
    public long submitted() {
        return execution.submitted();
    }

    /** Batches submitted so far. */
    public long batches() {
        return execution.batches();
    }

    /** Batches a run before this one submitted and did not collect, found when this model opened. */
    public int openBatchesAtStart() {
        return openAtStart;
    }

    private void schedule() {
        while (true) {
            List<WaveCall> wave;
            long number;
            synchronized (lock) {
                try {
                    while (!closed && !ready()) {
                        lock.wait(waitMillis());
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                int n = Math.min(waveSize, pending.size());
                wave = new ArrayList<>(pending.subList(0, n));
                pending.subList(0, n).clear();
                number = ++waves;
            }
            List<WaveCall> again;
            try {
                again = execution.run(number, wave);
            } catch (RuntimeException e) {
                LlmException failure = e instanceof LlmException le ? le : new LlmException(e.getMessage(), e);
                wave.forEach(c -> c.fail(failure));
                continue;
            }
            synchronized (lock) {
                pending.addAll(0, again);
            }
        }
    }

    private boolean ready() {
        if (pending.isEmpty()) {
            return false;
        }
        return pending.size() >= waveSize || (participants > 0 && pending.size() >= participants)
                || System.nanoTime() - lastArrival >= settleNanos;
    }

    private long waitMillis() {
        if (pending.isEmpty()) {
            return 0;
        }
        long left = settleNanos - (System.nanoTime() - lastArrival);
        return Math.max(1, left / 1_000_000 + 1);
    }

    @Override
    public String modelName() {
        return client.modelName();
    }

    @Override
    public String identity() {
        return client.identity();
    }

    /**
     * Fails calls still waiting, stops the wave thread (the calls of a wave being polled fail; its
     * batch stays open in the journal for the next run) and closes the journal; the caller closes the
     * client.
     */
    @Override
    public void close() {
        List<WaveCall> left;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            left = new ArrayList<>(pending);
            pending.clear();
            lock.notifyAll();
        }
        left.forEach(c -> c.fail(new LlmException("wave chat model closed before the call's wave ran")));
        scheduler.interrupt();
        try {
            scheduler.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
    }

    /** Configures a {@link WaveChatModel}. */
    public static final class Builder {
        private final BatchClient client;
        private final RunStore store;
        private final Path journal;
        private int waveSize = 1000;
        private Duration poll = Duration.ofSeconds(30);
        private Duration settle = Duration.ofSeconds(1);
        private WaveProgress.Listener listener = p -> { };

        private Builder(BatchClient client, RunStore store, Path journal) {
            this.client = Objects.requireNonNull(client, "client");
            this.store = Objects.requireNonNull(store, "store");
            this.journal = Objects.requireNonNull(journal, "journal");
        }

        /** Most calls in one batch (default 1000); dialogues per wave are set by the stage's concurrency. */
        public Builder waveSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("waveSize must be >= 1, was " + value);
            }
            waveSize = value;
            return this;
        }

        /** Time between status polls of a batch (default 30 s). */
        public Builder pollInterval(Duration value) {
            poll = positive(value, "pollInterval");
            return this;
        }

        /** How long without a new call before waiting calls go out without every participant (default 1 s). */
        public Builder settle(Duration value) {
            settle = positive(value, "settle");
            return this;
        }

        /** Receives wave progress (default none). */
        public Builder listener(WaveProgress.Listener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        private static Duration positive(Duration value, String field) {
            Objects.requireNonNull(value, field);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(field + " must be positive, was " + value);
            }
            return value;
        }

        /** Opens the journal and starts the wave thread. */
        public WaveChatModel build() {
            return new WaveChatModel(this);
        }
    }
}
