/**
 * The LLM service-provider interface: {@link io.ultralink.llm.ChatModel}, its request and response
 * values, and {@link io.ultralink.llm.ChatModels}, which finds backends with {@link java.util.ServiceLoader}.
 * No HTTP library is used here; backends live in {@code ultralink-llm}.
 */
package io.ultralink.llm;
