/**
 * Accounting of model calls: a ledger of calls, tokens and cost per stage and language, a price
 * table, and {@link io.ultralink.llm.ChatModel} decorators that meter real calls, forecast them in
 * a dry run, and stop a run cleanly at a call or cost cap.
 */
package io.ultralink.cli.spend;
