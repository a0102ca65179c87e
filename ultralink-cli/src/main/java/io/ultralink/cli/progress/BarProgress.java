package io.ultralink.cli.progress;

import io.ultralink.llm.usage.UsageLedger;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on a console stream, with rate, ETA, tokens and cost. */
final class BarProgress implements Progress {

    private final PrintStream err;
    private final UsageLedger ledger;

    BarProgress(PrintStream err, UsageLedger ledger) {
        this.err = err;
        this.ledger = ledger;
    }

    @Override
    public Task start(String name, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(500)
                .showSpeed(new java.text.DecimalFormat("#,##0.0"))
                .continuousUpdate()
                .build();
        bar.setExtraMessage(" " + Progress.spend(ledger));
        return new Task() {
            @Override
            public void stepBy(long n) {
                bar.stepBy(n);
                bar.setExtraMessage(" " + Progress.spend(ledger));
            }

            @Override
            public void close() {
                bar.setExtraMessage(" " + Progress.spend(ledger));
                bar.close();
            }
        };
    }

    @Override
    public void info(String message) {
        err.println(message);
    }
}
