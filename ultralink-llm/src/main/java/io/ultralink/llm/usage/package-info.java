/**
 * The one usage ledger of a run: {@link io.ultralink.llm.usage.MeteringChatModel} records every
 * billed attempt, online or through a batch API, into a {@link io.ultralink.llm.usage.UsageLedger}
 * by model, stage and language, priced by a {@link io.ultralink.llm.usage.PriceTable} at online and
 * batch prices; {@link io.ultralink.llm.usage.UsageLabels} labels a stage's calls with its stage and
 * language, so no shared mutable scope is needed.
 */
package io.ultralink.llm.usage;
