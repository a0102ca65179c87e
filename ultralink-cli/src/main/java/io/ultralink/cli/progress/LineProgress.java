package io.ultralink.cli.progress;

import io.ultralink.cli.spend.SpendLedger;
import io.ultralink.format.Mappers;
import java.io.PrintStream;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Progress as lines, for logs and pipes: one JSON object a line ({@code {"event":"progress",
 * "task":..,"done":..,"total":..,"rate":..,"etaSeconds":..,"calls":..,"tokens":..,"cost":..}}) or
 * the same facts as plain text, at most one line per interval per task, plus start and end.
 */
final class LineProgress implements Progress {

    private static final JsonMapper JSON = Mappers.JSON;

    private final PrintStream err;
    private final SpendLedger ledger;
    private final boolean json;
    private final long intervalNanos;

    LineProgress(PrintStream err, SpendLedger ledger, boolean json) {
        this.err = err;
        this.ledger = ledger;
        this.json = json;
        this.intervalNanos = json ? 1_000_000_000L : 10_000_000_000L;
    }

    @Override
    public Task start(String name, long total) {
        long started = System.nanoTime();
        if (json) {
            emit(line("start", name, 0, total, started));
        }
        return new Task() {
            private long done;
            private long lastEmit = started;

            @Override
            public synchronized void stepBy(long n) {
                done += n;
                long now = System.nanoTime();
                if (now - lastEmit >= intervalNanos || (total > 0 && done >= total)) {
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
        if (!json) {
            err.println(message);
            return;
        }
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
        if (json) {
            err.println(JSON.writeValueAsString(node));
            return;
        }
        StringBuilder line = new StringBuilder(node.path("task").asString()).append(": ")
                .append(node.path("done").asLong());
        if (node.path("total").asLong() > 0) {
            line.append('/').append(node.path("total").asLong());
        }
        line.append(" done, ").append(node.path("rate").asDouble()).append("/s");
        if (node.has("etaSeconds") && !node.path("event").asString().equals("end")) {
            line.append(", ETA ").append(node.path("etaSeconds").asLong()).append(" s");
        }
        line.append(", ").append(Progress.spend(ledger));
        err.println(line);
    }
}
