package io.ultralink.cli.progress;

import io.ultralink.llm.usage.UsageLedger;
import java.io.PrintStream;
import java.util.Locale;

/** Reports the progress of long steps: done/total, rate, ETA, tokens and cost so far. */
public interface Progress {

    /** How progress is shown. */
    enum Mode {
        /** Progress bars on a terminal, plain lines otherwise. */
        TEXT,
        /** One JSON object a line. */
        JSON,
        /** Nothing. */
        QUIET
    }

    /**
     * Starts a task.
     *
     * @param name what is being done, e.g. {@code generate zh}
     * @param total the number of units, or -1 when unknown
     * @return the task, to be closed when done
     */
    Task start(String name, long total);

    /**
     * Reports a one-off message.
     *
     * @param message the message
     */
    void info(String message);

    /** A task under way. */
    interface Task extends AutoCloseable {
        /**
         * Marks units as done.
         *
         * @param n how many
         */
        void stepBy(long n);

        /** Marks one unit as done. */
        default void step() {
            stepBy(1);
        }

        /** Ends the task. */
        @Override
        void close();
    }

    /**
     * Creates a reporter.
     *
     * @param mode how to show progress
     * @param err where to write
     * @param ledger where tokens and cost so far are read
     * @return the reporter
     */
    static Progress create(Mode mode, PrintStream err, UsageLedger ledger) {
        switch (mode) {
            case JSON:
                return new LineProgress(err, ledger, true);
            case QUIET:
                return new QuietProgress();
            default:
                return System.console() != null && err == System.err ? new BarProgress(err, ledger)
                        : new LineProgress(err, ledger, false);
        }
    }

    /**
     * @param ledger the ledger
     * @return a short {@code tokens 12.3K, $0.0123} text
     */
    static String spend(UsageLedger ledger) {
        long t = ledger.tokens();
        String tokens = t >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", t / 1e6)
                : t >= 1_000 ? String.format(Locale.ROOT, "%.1fK", t / 1e3) : Long.toString(t);
        return String.format(Locale.ROOT, "tokens %s, $%.4f", tokens, ledger.cost());
    }
}
