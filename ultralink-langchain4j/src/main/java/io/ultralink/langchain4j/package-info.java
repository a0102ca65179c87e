/**
 * LangChain4j models as UltraLink models: {@link io.ultralink.langchain4j.LangChain4jChatModel} wraps any
 * LangChain4j 1.x {@code dev.langchain4j.model.chat.ChatModel}, so each of LangChain4j's providers can
 * drive every stage of the SDK.
 */
package io.ultralink.langchain4j;
