/**
 * The {@code ultralink} command line. {@link io.ultralink.cli.UltraLinkCli} runs it from
 * {@code main} or in-process (tests, embedding), optionally with a given
 * {@link io.ultralink.llm.ChatModel}.
 */
package io.ultralink.cli;
