package io.ultralink.cli.progress;

import io.ultralink.cli.spend.SpendLedger;
import java.io.PrintStream;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object a line: {@code {"event":"progress","task":..,"done":..,"total":..,"rate":..,
 * "etaSeconds":..,"tokens":..,"cost":..}}, at most one a second per task, plus start and end.
 */
final class JsonProgress implements Progress {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final SpendLedger ledger;

    JsonProgress(PrintStream err, SpendLedger ledger) {
        this.err = err;
        this.ledger = ledger;
    }

    @Override
    public Task start(String name, long total) {
        long started = System.nanoTime();
        emit(line("start", name, 0, total, started));
        return new Task() {
            private long done;
            private long lastEmit = started;

            @Override
            public synchronized void stepBy(long n) {
                done += n;
                long now = System.nanoTime();
                if (now - lastEmit >= INTERVAL_NANOS || (total > 0 && done >= total)) {
                    lastEmit = now;
                    emit(line("progress", name, done, total, started));
                }
            }

            @Override
            public synchronized void close() {
                emit(line("end", name, done, total, started));
            }
        };
    }

    @Override
    public void info(String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("time", Instant.now().toString());
        n.put("event", "info");
        n.put("message", message);
        emit(n);
    }

    private ObjectNode line(String event, String task, long done, long total, long started) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        double rate = done / seconds;
        ObjectNode n = JSON.createObjectNode();
        n.put("time", Instant.now().toString());
        n.put("event", event);
        n.put("task", task);
        n.put("done", done);
        n.put("total", total);
        n.put("rate", Math.round(rate * 100) / 100.0);
        if (total > 0 && rate > 0) {
            n.put("etaSeconds", Math.round((total - done) / rate));
        }
        n.put("calls", ledger.calls());
        n.put("tokens", ledger.tokens());
        n.put("cost", ledger.cost());
        return n;
    }

    private synchronized void emit(ObjectNode node) {
        err.println(JSON.writeValueAsString(node));
    }
}
