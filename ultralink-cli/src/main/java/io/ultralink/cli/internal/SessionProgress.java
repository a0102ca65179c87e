package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.download.DownloadListener;
import io.ultralink.cli.progress.Progress;
import io.ultralink.cli.spend.SpendLedger;
import java.io.PrintStream;

/** Progress reporting of one invocation: its mode from the configuration, and model downloads as a task. Not API. */
final class SessionProgress {

    private SessionProgress() {
    }

    /** Quiet, JSON lines or text on {@code err}, as config keys {@code quiet} and {@code progress.logFormat} say. */
    static Progress create(ResolvedConfig config, PrintStream err, SpendLedger ledger) {
        Progress.Mode mode = config.quiet() ? Progress.Mode.QUIET
                : config.logFormat().equals("json") ? Progress.Mode.JSON : Progress.Mode.TEXT;
        return Progress.create(mode, err, ledger);
    }

    /** A listener showing a model download as a progress task in KiB. */
    static DownloadListener downloads(Progress progress) {
        return new DownloadListener() {
            private Progress.Task task;
            private long last;

            @Override
            public void started(long totalBytes, long resumedFrom) {
                progress.info("downloading the default model" + (resumedFrom > 0 ? " (resuming at " + resumedFrom
                        + " bytes)" : "") + "; later runs use the cached copy");
                task = progress.start("download (KiB)", totalBytes < 0 ? -1 : totalBytes / 1024);
                last = resumedFrom / 1024;
                task.stepBy(last);
            }

            @Override
            public void progressed(long bytesSoFar) {
                long kib = bytesSoFar / 1024;
                if (kib > last) {
                    task.stepBy(kib - last);
                    last = kib;
                }
            }

            @Override
            public void finished() {
                if (task != null) {
                    task.close();
                }
            }
        };
    }
}
