/**
 * The {@link io.ultralink.llm.ChatModelProvider}s of this module, registered with
 * {@link java.util.ServiceLoader} under {@code openai}, {@code azure-openai}, {@code anthropic} and
 * {@code llamacpp}. Settings keys are listed on each provider and in {@code docs/backends.md}.
 */
package io.ultralink.llm.provider;
