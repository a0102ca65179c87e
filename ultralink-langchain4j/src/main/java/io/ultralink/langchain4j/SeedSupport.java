package io.ultralink.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;

/**
 * Puts a sampling seed into a provider's request parameters. LangChain4j has no seed among its common
 * parameters; providers that take one have their own parameter type, so the caller who knows the provider
 * says how, for example for OpenAI:
 *
 * <pre>{@code
 * SeedSupport openAi = (parameters, seed) -> OpenAiChatRequestParameters.builder()
 *         .overrideWith(parameters).seed((int) seed).build();
 * }</pre>
 */
@FunctionalInterface
public interface SeedSupport {

    /** The parameters with {@code seed} added. */
    ChatRequestParameters withSeed(ChatRequestParameters parameters, long seed);
}
