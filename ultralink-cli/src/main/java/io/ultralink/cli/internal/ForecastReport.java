package io.ultralink.cli.internal;

import io.ultralink.llm.usage.UsageLedger;
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
    public static void print(UsageLedger ledger, boolean forecast, PrintStream out) {
        out.println(forecast
                ? "FORECAST (dry run: no model was called; token counts are estimates, cost by the price table)"
                : "Spend of this run (tokens as reported by the backend, cost by the price table)");
        String format = "%-22s %-8s %8s %14s %18s %10s %10s %11s %10s  %s%n";
        out.printf(Locale.ROOT, format, "stage", "language", "calls", "prompt tokens", "completion tokens",
                forecast ? "online USD" : "cost USD", forecast ? "batch USD" : "online USD", "batch calls",
                "cache hits", "model");
        for (UsageLedger.Line l : ledger.lines()) {
            out.printf(Locale.ROOT, format, l.stage(), l.language(), l.calls(), l.promptTokens(), l.completionTokens(),
                    usd(forecast ? l.onlineCost() : l.cost()), usd(forecast ? l.batchCost() : l.onlineCost()),
                    l.batchCalls(), l.cacheHits(), l.model());
        }
        long prompt = ledger.lines().stream().mapToLong(UsageLedger.Line::promptTokens).sum();
        long completion = ledger.lines().stream().mapToLong(UsageLedger.Line::completionTokens).sum();
        out.printf(Locale.ROOT, format, "total", "", ledger.calls(), prompt, completion,
                usd(forecast ? ledger.onlineCost() : ledger.cost()),
                usd(forecast ? ledger.batchCost() : ledger.onlineCost()), ledger.batchCalls(), ledger.cacheHits(), "");
        if (forecast) {
            out.printf(Locale.ROOT, "cost online %s USD, through a batch API (--mode batch) %s USD%n",
                    usd(ledger.onlineCost()), usd(ledger.batchCost()));
        }
    }

    private static String usd(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
