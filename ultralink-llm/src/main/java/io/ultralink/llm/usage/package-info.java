/**
 * Usage and cost accounting: {@link io.ultralink.llm.usage.UsageTracker} records tokens per model and
 * pipeline stage into a {@link io.ultralink.llm.usage.UsageLedger}; a
 * {@link io.ultralink.llm.usage.PriceTable} turns them into cost in a printable
 * {@link io.ultralink.llm.usage.UsageReport}.
 */
package io.ultralink.llm.usage;
