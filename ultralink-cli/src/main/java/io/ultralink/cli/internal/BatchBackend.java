package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.progress.Progress;
import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.anthropic.batch.AnthropicBatchClient;
import io.ultralink.llm.batch.BatchClient;
import io.ultralink.llm.batch.WaveChatModel;
import io.ultralink.llm.batch.WaveProgress;
import io.ultralink.llm.openai.batch.OpenAiBatchClient;
import io.ultralink.run.RunStore;
import java.util.Locale;
import java.util.Map;

/**
 * The batch mode of a run ({@code backend.mode: batch}): the provider's batch client for the chosen
 * API backend and the {@link WaveChatModel} over it, journalled in the run store, reporting each wave
 * as a progress line. Not API.
 */
final class BatchBackend implements AutoCloseable {

    /** The journal's place in the output folder. */
    static final String JOURNAL = "work/batch/journal.jsonl";
    /** The journal of the adequacy model's batches. */
    static final String ADEQUACY_JOURNAL = "work/batch/adequacy-journal.jsonl";

    private final BatchClient client;
    private final WaveChatModel waves;

    private BatchBackend(BatchClient client, WaveChatModel waves) {
        this.client = client;
        this.waves = waves;
    }

    /**
     * Opens the batch backend for {@code choice}.
     *
     * @throws ConfigurationException when the chosen backend has no batch API here
     */
    static BatchBackend open(BackendResolver.Choice choice, ResolvedConfig config, RunStore store, Progress progress) {
        return open(choice, config, store, progress, JOURNAL);
    }

    /** Opens the batch backend for {@code choice}, journalled in {@code journal} (relative to the output folder). */
    static BatchBackend open(BackendResolver.Choice choice, ResolvedConfig config, RunStore store, Progress progress,
            String journal) {
        BatchClient client = client(choice);
        try {
            WaveChatModel waves = WaveChatModel.builder(client, store, config.output().resolve(journal))
                    .waveSize(config.waveSize()).pollInterval(config.batchPoll())
                    .listener(new WaveLines(progress)).build();
            if (waves.openBatchesAtStart() > 0) {
                progress.info("batch: " + waves.openBatchesAtStart() + " batch(es) of an earlier run still open; "
                        + "polling them instead of submitting their requests again");
            }
            return new BatchBackend(client, waves);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static BatchClient client(BackendResolver.Choice choice) {
        Map<String, String> s = choice.settings().values();
        String key = s.getOrDefault("api-key", "");
        switch (choice.provider()) {
            case "openai":
                return OpenAiBatchClient.builder().baseUrl(s.get("base-url")).modelName(s.get("model"))
                        .apiKey(() -> key).environment(name -> null).build();
            case "anthropic":
                return AnthropicBatchClient.builder().baseUrl(s.get("base-url")).modelName(s.get("model"))
                        .apiKey(() -> key).environment(name -> null).build();
            default:
                throw new ConfigurationException("config key 'backend.mode' (option --mode): batch needs the openai "
                        + "or anthropic backend, the chosen one is " + choice.provider());
        }
    }

    /** The model stages call. */
    WaveChatModel waves() {
        return waves;
    }

    @Override
    public void close() {
        try {
            waves.close();
        } finally {
            client.close();
        }
    }

    /** Prints a line when a wave starts, changes state or ends, and otherwise at most every 10 seconds. */
    private static final class WaveLines implements WaveProgress.Listener {
        private static final long EVERY_NANOS = 10_000_000_000L;
        private final Progress progress;
        private long wave;
        private String state = "";
        private long printed;

        WaveLines(Progress progress) {
            this.progress = progress;
        }

        @Override
        public synchronized void onProgress(WaveProgress p) {
            long now = System.nanoTime();
            boolean changed = p.wave() != wave || !p.state().equals(state);
            if (!changed && now - printed < EVERY_NANOS) {
                return;
            }
            wave = p.wave();
            state = p.state();
            printed = now;
            progress.info(String.format(Locale.ROOT, "batch wave %d: %d calls, submitted %d, completed %d, age %.1fs,"
                    + " %s", p.wave(), p.calls(), p.submitted(), p.completed(), p.age().toMillis() / 1000.0, p.state()));
        }
    }
}
