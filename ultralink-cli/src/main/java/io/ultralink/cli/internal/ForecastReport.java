package io.ultralink.cli.internal;

import io.ultralink.cli.spend.SpendLedger;
import java.io.PrintStream;
import java.util.Locale;

/** Prints the ledger of a dry run as a forecast table, or of a real run as a spend table. Not API. */
public final class ForecastReport {

    private ForecastReport() {
    }

    /**
     * @param ledger the ledger
     * @param forecast whether the figures are estimates of a dry run
     * @param out where to print
     */
    public static void print(SpendLedger ledger, boolean forecast, PrintStream out) {
        out.println(forecast
                ? "FORECAST (dry run: no model was called; token counts are estimates, cost by the price table)"
                : "Spend of this run (tokens as reported by the backend, cost by the price table)");
        String format = "%-22s %-8s %8s %14s %18s %10s %10s%n";
        out.printf(Locale.ROOT, format, "stage", "language", "calls", "prompt tokens", "completion tokens", "cost USD",
                "cache hits");
        for (SpendLedger.Line l : ledger.lines()) {
            out.printf(Locale.ROOT, format, l.stage(), l.language(), l.calls(), l.promptTokens(), l.completionTokens(),
                    String.format(Locale.ROOT, "%.4f", l.cost()), l.cacheHits());
        }
        long prompt = ledger.lines().stream().mapToLong(SpendLedger.Line::promptTokens).sum();
        long completion = ledger.lines().stream().mapToLong(SpendLedger.Line::completionTokens).sum();
        out.printf(Locale.ROOT, format, "total", "", ledger.calls(), prompt, completion,
                String.format(Locale.ROOT, "%.4f", ledger.cost()), ledger.cacheHits());
    }
}
