/**
 * The command line's use of the one usage ledger ({@link io.ultralink.llm.usage.UsageLedger}):
 * {@link io.ultralink.llm.ChatModel} decorators that forecast calls in a dry run and stop a run
 * cleanly at a call or cost cap.
 */
package io.ultralink.cli.spend;
